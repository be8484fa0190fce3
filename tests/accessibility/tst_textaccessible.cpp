// What a screen reader gets from a read-only QTextBrowser, in process: the text without Qt's
// frame and object characters, "Image: alt" for pictures, offsets that map back to the
// document, and one Link child per link that a press activates. (check_reading_page.py checks
// the same on the real AT-SPI bus, and the focus event of a link selected by Tab or SetFocus,
// which needs an active accessibility bridge: the offscreen platform has none.)

#include "ui/viewer/accessibletextmap.h"
#include "ui/viewer/textaccessible.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Broadsheet::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString Page = u"<h1>Harbour</h1>"
                     u"<table><tr><td>First cell</td><td>Second cell</td></tr></table>"
                     u"<p>Before <img src=\"boat.png\" alt=\"Two boats at dawn\" width=\"20\" height=\"10\">"
                     u" after <a href=\"https://example.org/x\">a <b>bold</b> link</a>.</p>"
                     u"<p><img src=\"line.png\" width=\"20\" height=\"2\">Decorative before this."
                     u" <a href=\"broadsheet-reply:comment?id=7\">Reply</a></p>"_s;

bool hasQtInternal(const QString &text)
{
    return text.contains(QChar(0xfdd0)) || text.contains(QChar(0xfdd1)) ||
           text.contains(QChar::ObjectReplacementCharacter);
}

} // namespace

class TestTextAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTextAccessibility(); }

    void mapDropsQtCharactersAndNamesImages()
    {
        QTextDocument document;
        document.setHtml(Page);
        QVERIFY(hasQtInternal(document.toRawText())); // what Qt's own interface hands out
        const AccessibleTextMap map(document);
        QVERIFY2(!hasQtInternal(map.text()), qPrintable(map.text()));
        QVERIFY(map.text().contains(u"First cell\nSecond cell"_s));
        QVERIFY(map.text().contains(u"Before Image: Two boats at dawn after a bold link."_s));
        QVERIFY(map.text().contains(u"\nDecorative before this."_s)); // no alt: nothing said
        QCOMPARE(map.length(), map.text().size());
    }

    void mapOffsetsMeetTheirCharacters()
    {
        QTextDocument document;
        document.setHtml(Page);
        const AccessibleTextMap map(document);
        const QString raw = document.toRawText();
        const int image = int(map.text().indexOf(u"Image: "_s));
        for (int offset = 0; offset < map.length(); ++offset) {
            const int position = map.position(offset);
            QVERIFY(map.offset(position) <= offset);
            const QChar c = map.text().at(offset);
            if (c != u'\n' && (offset < image || offset > image + 30))
                QCOMPARE(raw.at(position), c);
        }
        QCOMPARE(raw.at(map.position(image)), QChar::ObjectReplacementCharacter);
        QCOMPARE(map.offset(int(raw.size())), map.length());
        QCOMPARE(map.position(map.length()), int(raw.size()));
    }

    void mapFindsLinksWhole()
    {
        QTextDocument document;
        document.setHtml(Page);
        const AccessibleTextMap map(document);
        QCOMPARE(map.links().size(), 2);
        QCOMPARE(map.links().at(0).href, u"https://example.org/x"_s);
        QCOMPARE(map.links().at(0).name, u"a bold link"_s); // three fragments, one link
        QCOMPARE(map.links().at(1).name, u"Reply"_s);
    }

    void browserGivesTheMappedText()
    {
        QTextBrowser browser;
        browser.setHtml(Page);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&browser);
        QVERIFY(iface);
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY(text);
        const QString all = text->text(0, text->characterCount());
        QCOMPARE(all, AccessibleTextMap(*browser.document()).text());
        QVERIFY(!hasQtInternal(all));
        QCOMPARE(iface->text(QAccessible::Value), all);
        QVERIFY(iface->state().readOnly);
        QVERIFY(iface->state().multiLine);

        // Selection and cursor in offsets of that text.
        const int start = int(all.indexOf(u"after"_s));
        text->setSelection(0, start, start + 5);
        QCOMPARE(browser.textCursor().selectedText(), u"after"_s);
        int from = -1, to = -1;
        text->selection(0, &from, &to);
        QCOMPARE(from, start);
        QCOMPARE(to, start + 5);
        text->setCursorPosition(start);
        QCOMPARE(text->cursorPosition(), start);
        QVERIFY(!browser.textCursor().hasSelection());

        int wordStart = -1, wordEnd = -1;
        QCOMPARE(text->textAtOffset(start + 1, QAccessible::WordBoundary, &wordStart, &wordEnd), u"after"_s);
        QCOMPARE(wordStart, start);
        QCOMPARE(wordEnd, start + 5);
    }

    void geometryMeetsTheText()
    {
        QTextBrowser browser;
        browser.resize(600, 400);
        browser.setHtml(Page);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(&browser)->textInterface();
        const int offset = int(text->text(0, text->characterCount()).indexOf(u"Second cell"_s)) + 2;
        const QRect rect = text->characterRect(offset);
        QVERIFY(rect.isValid());
        QCOMPARE(text->offsetAtPoint(rect.center()), offset);
    }

    void linksAreChildrenThatActivate()
    {
        QTextBrowser browser;
        browser.setOpenLinks(false);
        browser.setHtml(Page);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&browser);
        QVERIFY(iface->childCount() > 2);
        QAccessibleInterface *link = iface->child(0);
        QVERIFY(link);
        QCOMPARE(link->role(), QAccessible::Link);
        QCOMPARE(link->text(QAccessible::Name), u"a bold link"_s);
        QCOMPARE(link->text(QAccessible::Description), u"https://example.org/x"_s);
        QCOMPARE(iface->child(1)->text(QAccessible::Description), QString()); // the app's own
        QCOMPARE(link->parent(), iface);
        QVERIFY(link->state().focusable);
        for (int index = 0; index < iface->childCount(); ++index)
            QCOMPARE(iface->indexOfChild(iface->child(index)), index);

        QSignalSpy clicked(&browser, &QTextBrowser::anchorClicked);
        QAccessibleActionInterface *actions = link->actionInterface();
        QVERIFY(actions);
        actions->doAction(QAccessibleActionInterface::pressAction());
        QVERIFY(clicked.wait(1000));
        QCOMPARE(clicked.takeFirst().at(0).toUrl(), QUrl(u"https://example.org/x"_s));

        actions->doAction(QAccessibleActionInterface::setFocusAction());
        QCOMPARE(browser.textCursor().selectedText(), u"a bold link"_s);
    }

    void linksFollowTheDocument()
    {
        QTextBrowser browser;
        browser.setHtml(Page);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&browser);
        const QAccessible::Id old = QAccessible::uniqueId(iface->child(0));
        QVERIFY(QAccessible::accessibleInterface(old));
        browser.setHtml(u"<p>No links here, <b>only</b> text.</p>"_s);
        QVERIFY(!iface->text(QAccessible::Value).contains(u"Reply"_s));
        QVERIFY(!QAccessible::accessibleInterface(old)); // the stale link is gone from the cache
        for (int index = 0; index < iface->childCount(); ++index)
            QVERIFY(iface->child(index)->role() != QAccessible::Link);
    }
};

QTEST_MAIN(TestTextAccessible)
#include "tst_textaccessible.moc"
