// The widget at the end of a reading page (ui/viewer/pageattachment): a part of it revealed
// (a comment opened from My Comments, the reply form) stays in view while the page grows
// above it, and stops being held the moment the reader moves the page.

#include "ui/viewer/pageattachment.h"

#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Broadsheet;

class TestPageAttachment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aRevealedPartStaysInViewUntilTheReaderScrolls()
    {
        QTextBrowser viewer;
        viewer.resize(600, 300);
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("<p>Paragraph %1 of the article.</p>").arg(i);
        viewer.setHtml(text);

        auto *thread = new QWidget;
        auto *layout = new QVBoxLayout(thread);
        auto *above = new QWidget;
        above->setFixedHeight(400);
        auto *comment = new QWidget;
        comment->setFixedHeight(200);
        auto *below = new QWidget; // the form: room for the comment to reach the top
        below->setFixedHeight(400);
        layout->addWidget(above);
        layout->addWidget(comment);
        layout->addWidget(below);
        Ui::PageAttachment attachment(&viewer, thread);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        attachment.attach();
        QTRY_VERIFY(thread->isVisible());

        const auto commentTop = [&] {
            return comment->mapTo(viewer.viewport(), QPoint(0, 0)).y();
        };
        attachment.reveal(comment, 0);
        QTRY_VERIFY(commentTop() >= 0 && commentTop() < 40);
        const int revealedAt = commentTop();

        // Pictures, related posts… the page grows above the comment: it stays in view.
        const auto growAbove = [&viewer] {
            QTextCursor cursor(viewer.document());
            for (int i = 0; i < 10; ++i)
                cursor.insertHtml(QStringLiteral("<p>Added above.</p>"));
        };
        for (int step = 0; step < 3; ++step) { // one after the other, as they arrive
            growAbove();
            QTest::qWait(50);
            QCOMPARE(commentTop(), revealedAt);
        }

        // The reader scrolls up: the page is theirs, growing does not pull it back.
        viewer.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        const int readerAt = viewer.verticalScrollBar()->value();
        growAbove();
        QTest::qWait(100);
        QCOMPARE(viewer.verticalScrollBar()->value(), readerAt);
        QVERIFY(commentTop() > 100);
    }
};

QTEST_MAIN(TestPageAttachment)
#include "tst_pageattachment.moc"
