#include "feeds/charsetsniffer.h"
#include "feeds/encoding.h"
#include "feeds/feedparser.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Broadsheet::Feeds;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/feeds/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

ParseResult parseWithContentType(const QByteArray &bytes, const QByteArray &contentType)
{
    ParseOptions options;
    if (!contentType.isEmpty())
        options.httpHeaders.append({"Content-Type", contentType});
    return parseFeed(bytes, options);
}

} // namespace

class TestFeedEncoding : public QObject
{
    Q_OBJECT

private slots:
    void charsetParameter_data();
    void charsetParameter();
    void boms_data();
    void boms();
    void sniffsUtf16WithoutBom();
    void declaredLegacyEncodings();
    void httpCharsetOverridesDeclaration();
    void undeclaredWindows1252IsRepaired();
    void bogusLabelFallsBack();
    void sniffsUndeclaredLegacyEncodings_data();
    void sniffsUndeclaredLegacyEncodings();
    void invalidBytesNeverCrash();
    void mojibakeRepair_data();
    void mojibakeRepair();
    void utf8Validation();
};

void TestFeedEncoding::charsetParameter_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("plain") << QByteArray("text/xml; charset=utf-8") << QByteArray("utf-8");
    QTest::newRow("single quotes") << QByteArray("application/atom+xml;charset='us-ascii'")
                                   << QByteArray("us-ascii");
    QTest::newRow("spaces and double quotes")
        << QByteArray("text/xml;charset = \"us-ascii\"") << QByteArray("us-ascii");
    QTest::newRow("none") << QByteArray("application/rss+xml") << QByteArray();
    QTest::newRow("other parameter first")
        << QByteArray("text/xml; q=1; CHARSET=koi8-r") << QByteArray("koi8-r");
}

void TestFeedEncoding::charsetParameter()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, charset);
    QCOMPARE(charsetFromContentType(contentType), charset);
}

void TestFeedEncoding::boms_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString xml = u"<rss version=\"2.0\"><channel><title>Grüße</title></channel></rss>"_s;
    QByteArray utf16le("\xFF\xFE", 2);
    QByteArray utf16be("\xFE\xFF", 2);
    QByteArray utf32le("\xFF\xFE\x00\x00", 4);
    QByteArray utf32be("\x00\x00\xFE\xFF", 4);
    for (QChar c : xml) {
        const char16_t u = c.unicode();
        utf16le.append(char(u & 0xFF)).append(char(u >> 8));
        utf16be.append(char(u >> 8)).append(char(u & 0xFF));
        utf32le.append(char(u & 0xFF)).append(char(u >> 8)).append('\0').append('\0');
        utf32be.append('\0').append('\0').append(char(u >> 8)).append(char(u & 0xFF));
    }
    QTest::newRow("utf-8") << (QByteArray("\xEF\xBB\xBF") + xml.toUtf8()) << u"utf-8"_s;
    QTest::newRow("utf-16le") << utf16le << u"utf-16le"_s;
    QTest::newRow("utf-16be") << utf16be << u"utf-16be"_s;
    QTest::newRow("utf-32le") << utf32le << u"utf-32le"_s;
    QTest::newRow("utf-32be") << utf32be << u"utf-32be"_s;
}

void TestFeedEncoding::boms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const ParseResult result = parseFeed(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.feed.encoding, encoding);
    QCOMPARE(result.feed.title, u"Grüße"_s);
    QVERIFY(!result.feed.bozo);
}

void TestFeedEncoding::sniffsUtf16WithoutBom()
{
    QByteArray bytes;
    const QString xml =
        u"<?xml version=\"1.0\" encoding=\"utf-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ω</title></feed>"_s;
    for (QChar c : xml)
        bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    const ParseResult result = parseFeed(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.feed.encoding, u"utf-16be"_s);
    QCOMPARE(result.feed.title, u"Ω"_s);

    const ParseResult withBom = parseFeed(fixture("utf16le_bom.xml"));
    QCOMPARE(withBom.feed.encoding, u"utf-16le"_s);
    QCOMPARE(withBom.feed.title, u"UTF-16 Überschrift"_s);
}

void TestFeedEncoding::declaredLegacyEncodings()
{
    const ParseResult koi8 = parseFeed(fixture("koi8r_declared.xml"));
    QCOMPARE(koi8.feed.encoding, u"koi8-r"_s);
    QCOMPARE(koi8.feed.title, u"Новости дня"_s);
    QVERIFY(!koi8.feed.bozo);

    const ParseResult big5 = parseFeed(fixture("big5.xml"));
    QCOMPARE(big5.feed.encoding, u"big5"_s);
    QCOMPARE(big5.feed.title, u"新聞"_s);

    // Aliases feeds use that are not IANA names: cp1251, "866".
    const QByteArray cp1251 = QByteArray("<?xml version=\"1.0\" encoding=\"cp1251\"?><rss><channel><title>") +
                              "\xC0\xE1" + "</title></channel></rss>";
    const ParseResult windows = parseFeed(cp1251);
    QCOMPARE(windows.feed.encoding, u"windows-1251"_s);
    QCOMPARE(windows.feed.title, u"Аб"_s);
    const QByteArray dos = QByteArray("<?xml version=\"1.0\" encoding=\"866\"?><rss><channel><title>") +
                           "\x80" + "</title></channel></rss>";
    const ParseResult ibm866 = parseFeed(dos);
    QVERIFY2(ibm866.ok, qPrintable(ibm866.error));
    QCOMPARE(ibm866.feed.encoding, u"ibm866"_s);
    QCOMPARE(ibm866.feed.title, u"А"_s);
}

void TestFeedEncoding::httpCharsetOverridesDeclaration()
{
    // RFC 7303: the charset parameter wins over the XML declaration (which lies here).
    const ParseResult result =
        parseWithContentType(fixture("latin1_declared_utf8_http.xml"), "text/xml; charset=utf-8");
    QCOMPARE(result.feed.encoding, u"utf-8"_s);
    QCOMPARE(result.feed.title, u"Zürich"_s);

    // Without the header the declaration is believed, and mojibake is repaired.
    const ParseResult declared =
        parseWithContentType(fixture("latin1_declared_utf8_http.xml"), "application/rss+xml");
    QCOMPARE(declared.feed.encoding, u"iso-8859-1"_s);
    QCOMPARE(declared.feed.title, u"Zürich"_s);

    const ParseResult ascii = parseWithContentType("<rss><channel><title>x</title></channel></rss>",
                                                   "application/atom+xml; charset='us-ascii'");
    QCOMPARE(ascii.feed.encoding, u"us-ascii"_s);

    const ParseResult textPlain =
        parseWithContentType("<rss><channel><title>x</title></channel></rss>", "text/plain");
    QVERIFY(textPlain.ok);
    QVERIFY(textPlain.feed.bozo);
}

void TestFeedEncoding::undeclaredWindows1252IsRepaired()
{
    const ParseResult result = parseFeed(fixture("windows1252_undeclared.xml"));
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo);
    QCOMPARE(result.feed.encoding, u"windows-1252"_s);
    QCOMPARE(result.feed.title, u"Smart “quotes” and don’t € 5"_s);
    QCOMPARE(result.feed.entries.value(0).title, u"Café"_s);

    // cp1252 C1 characters in otherwise valid UTF-8 (or as references) are demoronized.
    const ParseResult c1 =
        parseFeed(QByteArray("<rss><channel><item><title>don\xC2\x92t &#147;x&#148;</title>"
                             "</item></channel></rss>"));
    QCOMPARE(c1.feed.entries.value(0).title, u"don’t “x”"_s);
}

void TestFeedEncoding::bogusLabelFallsBack()
{
    const ParseResult result = parseFeed(
        "<?xml version=\"1.0\" encoding=\"bogus\"?><rss><channel><title>ok</title></channel></rss>");
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo);
    QCOMPARE(result.feed.encoding, u"utf-8"_s);
    QCOMPARE(result.feed.title, u"ok"_s);
}

void TestFeedEncoding::sniffsUndeclaredLegacyEncodings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding"); // "" = not convincing: windows-1252
    QTest::newRow("koi8-r") << u"Как пережить новогоднюю ночь и не заболеть: советы врачей"_s << u"koi8-r"_s;
    QTest::newRow("windows-1251") << u"Как пережить новогоднюю ночь и не заболеть: советы врачей"_s
                                  << u"windows-1251"_s;
    QTest::newRow("windows-1255") << u"האם תדפיס נייר של אתר אינטרנט שמוצג על המסך"_s << u"windows-1255"_s;
    QTest::newRow("tis-620") << u"สำนักงานส่งเสริมอุตสาหกรรมซอฟต์แวร์แห่งชาติ"_s << u"tis-620"_s;
    QTest::newRow("euc-kr") << u"에서 한글 닉네임 표시하기 문제가 있습니다"_s << u"euc-kr"_s;
    QTest::newRow("euc-jp") << u"ゲーム三昧な正月を過ごしています。"_s << u"euc-jp"_s;
    QTest::newRow("shift_jis") << u"記事投稿が反映されないのはなぜでしょうか。"_s << u"shift_jis"_s;
    QTest::newRow("gb2312") << u"我们的人民在这个国家中生活得很好，这是一个大的发展。"_s << u"gb2312"_s;
    QTest::newRow("big5") << u"我們的人民在這個國家中生活得很好，這是一個大的發展。"_s << u"big5"_s;
    QTest::newRow("french stays windows-1252")
        << u"Le café de la gare a fermé ses portes à Noël, déçu."_s << u"windows-1252"_s;
    QTest::newRow("german stays windows-1252")
        << u"Grüße aus München: Straßenbahn fährt über die Brücke."_s << u"windows-1252"_s;
}

void TestFeedEncoding::sniffsUndeclaredLegacyEncodings()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QStringEncoder encoder(encoding.toLatin1().constData());
    QVERIFY(encoder.isValid());
    const QByteArray title = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const QByteArray document = "<rss><channel><title>" + title + "</title></channel></rss>";
    const ParseResult result = parseFeed(document);
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo); // guessed, not declared
    QCOMPARE(result.feed.encoding, encoding);
    QCOMPARE(result.feed.title, text);
}

void TestFeedEncoding::invalidBytesNeverCrash()
{
    // Every byte value after a BOM and a declaration; random bytes; truncated UTF-16.
    QByteArray all("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>");
    for (int i = 1; i < 256; ++i)
        all.append(char(i));
    all.append("</title></channel></rss>");
    const ParseResult a = parseFeed(all);
    QVERIFY(a.feed.bozo);

    quint32 seed = 12345;
    for (int round = 0; round < 50; ++round) {
        QByteArray noise;
        for (int i = 0; i < 2000; ++i) {
            seed = seed * 1103515245u + 12345u;
            noise.append(char(seed >> 24));
        }
        const ParseResult r = parseFeed(QByteArray("<rss><channel><title>") + noise);
        QVERIFY(r.feed.bozo);
    }
    const ParseResult odd = parseFeed(QByteArray("\xFF\xFE<\0r\0s\0s\0>\0<", 13));
    QVERIFY(odd.feed.bozo);
}

void TestFeedEncoding::mojibakeRepair_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double-encoded ellipsis") << QString::fromLatin1("\xE2\x80\xA6") << u"…"_s;
    QTest::newRow("C1 apostrophe") << (u"don"_s + QChar(0x92) + u"t"_s) << u"don’t"_s;
    QTest::newRow("real Latin-1 kept") << u"café"_s << u"café"_s;
    QTest::newRow("ASCII") << u"plain"_s << u"plain"_s;
    QTest::newRow("already fine") << u"“quoted”"_s << u"“quoted”"_s;
}

void TestFeedEncoding::mojibakeRepair()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    repairMojibake(input);
    QCOMPARE(input, expected);
}

void TestFeedEncoding::utf8Validation()
{
    QVERIFY(isValidUtf8("plain ascii text, long enough for the fast path", 48));
    const QByteArray good = u"Grüße 新聞 😀"_s.toUtf8();
    QVERIFY(isValidUtf8(good.constData(), good.size()));
    QVERIFY(!isValidUtf8("\xC3", 1));         // truncated
    QVERIFY(!isValidUtf8("\xC0\xAF", 2));     // overlong
    QVERIFY(!isValidUtf8("\xED\xA0\x80", 3)); // surrogate
    QVERIFY(!isValidUtf8("abc\x92xyz", 7));   // cp1252 byte
}

QTEST_GUILESS_MAIN(TestFeedEncoding)
#include "tst_feedencoding.moc"
