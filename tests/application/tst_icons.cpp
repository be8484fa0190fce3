// The bundled icons load and draw something: the app icon at every hicolor size, and every
// fallback action icon the toolbar uses when the desktop's icon theme lacks one.

#include <QDir>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

namespace {

// Pixels that are not fully transparent: a blank or unreadable icon has none.
int paintedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
        }
    }
    return count;
}

// The freedesktop names the toolbar asks the theme for (resources/icons/README.md).
QStringList actionIconNames()
{
    return {QStringLiteral("view-refresh"),
            QStringLiteral("list-add"),
            QStringLiteral("mail-mark-read"),
            QStringLiteral("starred"),
            QStringLiteral("internet-web-browser"),
            QStringLiteral("document-open-remote"),
            QStringLiteral("system-search"),
            QStringLiteral("preferences-system"),
            QStringLiteral("mail-send"),
            QStringLiteral("mail-reply-sender"),
            QStringLiteral("go-previous"),
            QStringLiteral("go-next"),
            QStringLiteral("zoom-in"),
            QStringLiteral("zoom-out"),
            QStringLiteral("edit-find"),
            QStringLiteral("zoom-original"),
            QStringLiteral("process-stop"),
            QStringLiteral("application-exit"),
            QStringLiteral("help-about"),
            QStringLiteral("dialog-warning"),
            QStringLiteral("folder")};
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionFallbacksDraw_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : actionIconNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void actionFallbacksDraw()
    {
        QFETCH(QString, name);
        const QString path = QStringLiteral(":/icons/actions/%1.svg").arg(name);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QIcon icon(path);
        QVERIFY(!icon.isNull());
        for (int size : {16, 22, 24, 32}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            const int painted = paintedPixels(image);
            // Line art: some ink, and not a filled square.
            QVERIFY2(painted > size,
                     qPrintable(QStringLiteral("%1 at %2 px: %3 pixels").arg(name).arg(size).arg(painted)));
            QVERIFY2(painted < size * size * 9 / 10, qPrintable(name));
        }
    }

    void everyBundledActionIconIsListed()
    {
        // Every bundled fallback is one the README documents and this test draws.
        QStringList files = QDir(QStringLiteral(":/icons/actions")).entryList(QDir::Files);
        for (QString &file : files)
            file.chop(4); // ".svg"
        QStringList expected = actionIconNames();
        files.sort();
        expected.sort();
        QCOMPARE(files, expected);
    }

    void appIconDraws()
    {
        const QIcon icon(QStringLiteral(":/icons/app/" BROADSHEET_APP_ID ".svg"));
        QVERIFY(!icon.isNull());
        for (int size : {16, 48, 256}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(paintedPixels(image) > size * size / 3);
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
