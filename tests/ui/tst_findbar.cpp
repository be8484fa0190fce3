// Find in article: "3 of 12", next and previous wrap, typing searches from what is on screen,
// and when nothing matches the bar says so and the page stays where the reader was.

#include "ui/viewer/findbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

using Broadsheet::Ui::FindBar;

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<QWidget>();
        m_viewer = new QTextBrowser(m_window.get());
        m_bar = new FindBar(m_viewer, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_viewer);
        layout->addWidget(m_bar);
        QString html;
        for (int i = 1; i <= 60; ++i)
            html += QStringLiteral("<p>Paragraph %1 %2</p>")
                        .arg(i)
                        .arg(i % 5 == 0 ? QStringLiteral("harbour") : QString());
        m_viewer->setHtml(html); // "harbour" in paragraphs 5, 10, … 60: 12 matches
        m_window->resize(500, 300);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_text = m_bar->findChild<QLineEdit *>(QStringLiteral("findText"));
        m_status = m_bar->findChild<QLabel *>(QStringLiteral("findStatus"));
        QVERIFY(m_text && m_status);
    }

    void cleanup() { m_window.reset(); }

    void countsMatchesAndWraps()
    {
        m_bar->open();
        QTest::keyClicks(m_text, QStringLiteral("harbour"));
        QCOMPARE(m_status->text(), QStringLiteral("1 of 12"));
        QTest::keyClick(m_text, Qt::Key_Return);
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_status->text(), QStringLiteral("3 of 12"));
        QCOMPARE(m_viewer->textCursor().selectedText(), QStringLiteral("harbour"));
        QTest::keyClick(m_text, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_status->text(), QStringLiteral("2 of 12"));
        QTest::keyClick(m_text, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(m_text, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_status->text(), QStringLiteral("12 of 12")); // wrapped to the last
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_status->text(), QStringLiteral("1 of 12"));
    }

    void searchesFromWhatIsOnScreen()
    {
        QScrollBar *bar = m_viewer->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        m_bar->open();
        QTest::keyClicks(m_text, QStringLiteral("harbour"));
        const int shown = m_status->text().section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(shown > 1, qPrintable(m_status->text())); // not back at the first match at the top
        QVERIFY(bar->value() > 0);
    }

    void noMatchKeepsThePosition()
    {
        QScrollBar *bar = m_viewer->verticalScrollBar();
        m_bar->open();
        QTest::keyClicks(m_text, QStringLiteral("harbour"));
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_status->text(), QStringLiteral("7 of 12"));
        const int position = bar->value();
        QVERIFY(position > 0);
        QTest::keyClicks(m_text, QStringLiteral("zzq")); // "harbourzzq"
        QCOMPARE(m_status->text(), QStringLiteral("No matches"));
        QCOMPARE(bar->value(), position);
        QVERIFY(!m_viewer->textCursor().hasSelection());
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(bar->value(), position);
        // Back to a word that matches: found from where the reader is, not from the top.
        QTest::keyClick(m_text, Qt::Key_Backspace);
        QTest::keyClick(m_text, Qt::Key_Backspace);
        QTest::keyClick(m_text, Qt::Key_Backspace);
        QCOMPARE(m_status->text(), QStringLiteral("7 of 12"));
    }

    void emptyTextSaysNothing()
    {
        m_bar->open();
        QTest::keyClicks(m_text, QStringLiteral("x"));
        m_text->clear();
        QVERIFY(m_status->text().isEmpty());
        QVERIFY(!m_bar->findNext());
    }

private:
    std::unique_ptr<QWidget> m_window;
    QTextBrowser *m_viewer = nullptr;
    FindBar *m_bar = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
