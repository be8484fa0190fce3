// The normalized HTML laid out by QTextDocument, as the viewer does: captions sit under
// their picture in a muted, italic, smaller style; image placeholders reserve space.

#include "html/htmlpipeline.h"
#include "htmltestdata.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Broadsheet::Html;
using namespace Qt::StringLiterals;

namespace {

// Finds the first block whose text contains needle.
QTextBlock findBlock(const QTextDocument &doc, const QString &needle)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(needle))
            return b;
    }
    return {};
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void captionUnderPictureStyledByClass()
    {
        RenderOptions options;
        options.columnWidth = 680;
        const Rendered r = render(htmlTestData(u"wp-gutenberg.html"_s), options);
        QTextDocument doc;
        doc.setDefaultStyleSheet(viewerStyleSheet({u"#000000"_s, u"#808080"_s, u"#0000ff"_s, u"#c0c0c0"_s}));
        for (const ImageRef &image : r.images) {
            QImage placeholder(image.width > 0 ? image.width : 10, image.height > 0 ? image.height : 10,
                               QImage::Format_RGB32);
            placeholder.fill(Qt::gray);
            doc.addResource(QTextDocument::ImageResource, QUrl(image.resource), placeholder);
        }
        doc.setHtml(r.html);
        doc.setTextWidth(700);
        QVERIFY(doc.size().height() > 383);

        const QTextBlock caption = findBlock(doc, u"The harbour at dawn on Tuesday."_s);
        QVERIFY(caption.isValid());
        const QTextCharFormat captionFormat = caption.begin().fragment().charFormat();
        QVERIFY(captionFormat.fontItalic());
        QCOMPARE(captionFormat.foreground().color(), QColor(u"#808080"_s));
        const QTextBlock credit = findBlock(doc, u"Local Newsroom"_s);
        QVERIFY(credit.isValid());
        QCOMPARE(credit.begin().fragment().charFormat().foreground().color(), QColor(u"#808080"_s));
        QVERIFY(credit.position() > caption.position());

        // The picture and the caption share a table cell column: caption below picture.
        QTextCursor cursor(caption);
        QTextTable *table = cursor.currentTable();
        QVERIFY(table);
        QCOMPARE(table->columns(), 1);
        const QRectF captionRect = doc.documentLayout()->blockBoundingRect(caption);
        const QTextBlock picture = table->cellAt(0, 0).firstCursorPosition().block();
        const QRectF pictureRect = doc.documentLayout()->blockBoundingRect(picture);
        QVERIFY(captionRect.top() >= pictureRect.bottom() - 1);
        QVERIFY(qAbs(captionRect.left() - pictureRect.left()) < 2);
        QVERIFY(pictureRect.height() >= 383);
    }

    void placeholdersReserveSpaceBeforeImagesArrive()
    {
        RenderOptions options;
        const Rendered r = render(
            u"<p>a</p><img src=\"https://x.example/i.jpg\" width=\"600\" height=\"300\"><p>b</p>"_s, options);
        QTextDocument doc;
        doc.setHtml(r.html); // no resource yet
        doc.setTextWidth(700);
        QVERIFY2(doc.size().height() >= 300, qPrintable(QString::number(doc.size().height())));
    }

    void deepNestingLaysOut()
    {
        QString html;
        for (int i = 0; i < 100000; ++i)
            html += u"<div><blockquote>"_s;
        html += u"innermost"_s;
        const Rendered r = render(html, {});
        QTextDocument doc;
        doc.setHtml(r.html);
        doc.setTextWidth(700);
        QVERIFY(doc.toPlainText().contains(u"innermost"_s));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
