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

        // The picture is the block before the caption: caption below picture, both starting
        // at the same x; no table is needed for that.
        QVERIFY(!QTextCursor(caption).currentTable());
        const QTextBlock picture = caption.previous();
        QCOMPARE(picture.text(), QString(QChar::ObjectReplacementCharacter));
        QVERIFY(picture.charFormat().isImageFormat() ||
                picture.begin().fragment().charFormat().isImageFormat());
        const QRectF captionRect = doc.documentLayout()->blockBoundingRect(caption);
        const QRectF pictureRect = doc.documentLayout()->blockBoundingRect(picture);
        QVERIFY(captionRect.top() >= pictureRect.bottom() - 1);
        QVERIFY(qAbs(captionRect.left() - pictureRect.left()) < 2);
        QVERIFY(pictureRect.height() >= 383);
    }

    void captionLinesUpUnderNarrowPicture_data()
    {
        QTest::addColumn<QString>("align");
        QTest::addColumn<qreal>("pictureX"); // in a 680 px column
        QTest::newRow("left") << u""_s << 0.0;
        QTest::newRow("centre") << u"aligncenter"_s << 190.0;
        QTest::newRow("right") << u"alignright"_s << 380.0;
    }

    void captionLinesUpUnderNarrowPicture()
    {
        QFETCH(QString, align);
        QFETCH(qreal, pictureX);
        RenderOptions options;
        options.columnWidth = 680;
        const Rendered r = render(
            u"<figure class=\"wp-block-image %1\"><img src=\"https://x.example/p.jpg\" width=\"300\" "
            "height=\"150\"><figcaption>A caption long enough to need two lines when it is no wider "
            "than its picture. Photo: Ann Lee / Agency</figcaption></figure><p>After.</p>"_s.arg(align),
            options);
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(viewerStyleSheet({u"#000000"_s, u"#808080"_s, u"#0000ff"_s, u"#c0c0c0"_s}));
        QImage placeholder(300, 150, QImage::Format_RGB32);
        placeholder.fill(Qt::gray);
        doc.addResource(QTextDocument::ImageResource, QUrl(r.images.value(0).resource), placeholder);
        doc.setHtml(r.html);
        doc.setTextWidth(680);
        (void)doc.documentLayout()->documentSize();

        const QTextBlock picture = findBlock(doc, QString(QChar::ObjectReplacementCharacter));
        QVERIFY(picture.isValid());
        const QTextLine pictureLine = picture.layout()->lineAt(0);
        QVERIFY(qAbs(pictureLine.naturalTextRect().left() + picture.layout()->position().x() - pictureX) < 2);
        QVERIFY(qAbs(pictureLine.naturalTextWidth() - 300) < 2);
        for (const QString &needle : {u"A caption"_s, u"Ann Lee"_s}) {
            const QTextBlock block = findBlock(doc, needle);
            QVERIFY2(block.isValid(), qPrintable(needle));
            QVERIFY(block.position() > picture.position());
            const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
            QVERIFY(rect.top() >= doc.documentLayout()->blockBoundingRect(picture).bottom() - 1);
            // Every line starts at the picture's left edge and ends within its width.
            for (int i = 0; i < block.layout()->lineCount(); ++i) {
                const QRectF line =
                    block.layout()->lineAt(i).naturalTextRect().translated(block.layout()->position());
                QVERIFY2(qAbs(line.left() - pictureX) < 2,
                         qPrintable(u"%1: line %2 at %3"_s.arg(needle).arg(i).arg(line.left())));
                QVERIFY(line.right() <= pictureX + 300 + 1);
            }
        }
        QVERIFY(findBlock(doc, u"A caption"_s).layout()->lineCount() >= 2);
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
