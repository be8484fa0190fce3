// The Vietnamese catalogue is complete: every translatable string in the sources is in
// resources/translations/broadsheet_vi.ts and finished there, placeholders survive the
// translation, and the compiled catalogue embedded in the app translates.

#include "ui/application/translations.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;          // disambiguation
    QStringList translations; // one entry, or one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QList<QPair<QString, int>> locations; // file, line (only with -locations absolute)

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString label() const
    {
        QString text = context + QStringLiteral(": \"") + source + QLatin1Char('"');
        if (!comment.isEmpty())
            text += QStringLiteral(" (") + comment + QLatin1Char(')');
        return text;
    }
    bool isLive() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    bool isFinished() const
    {
        if (type == QLatin1String("unfinished") || translations.isEmpty())
            return false;
        for (const QString &translation : translations) {
            if (translation.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location")) {
                message.locations.append({xml.attributes().value(QLatin1String("filename")).toString(),
                                          xml.attributes().value(QLatin1String("line")).toInt()});
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QString cataloguePath()
{
    return QStringLiteral(BROADSHEET_SOURCE_DIR "/resources/translations/broadsheet_vi.ts");
}

// Runs lupdate over app/ and ui/ into ts (merging into it when it exists). Returns an error
// message, or an empty string on success.
QString runLupdate(const QString &ts, const QString &locations, QString *log = nullptr)
{
    const QString root = QStringLiteral(BROADSHEET_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BROADSHEET_LUPDATE),
                  {QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), locations, QStringLiteral("-I"), root, QStringLiteral("-I"),
                   root + QStringLiteral("/app"), root + QStringLiteral("/app"), root + QStringLiteral("/ui"),
                   QStringLiteral("-ts"), ts});
    if (!lupdate.waitForFinished(120000))
        return QStringLiteral("lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    if (log)
        *log = output;
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed:\n") + output;
    return {};
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> result;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured(0));
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsVietnamese()
    {
        const Catalogue catalogue = readCatalogue(cataloguePath());
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(catalogue.language.startsWith(QLatin1String("vi")), qPrintable(catalogue.language));
    }

    void catalogueCoversEverySourceString()
    {
        const Catalogue committed = readCatalogue(cataloguePath());
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

        // Merge the sources into a copy of the catalogue, exactly as the update_translations
        // target does: strings new in the sources come out unfinished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString merged = dir.filePath(QStringLiteral("broadsheet_vi.ts"));
        QVERIFY(QFile::copy(cataloguePath(), merged));
        QFile::setPermissions(merged, QFile::ReadOwner | QFile::WriteOwner);
        const QString lupdateError = runLupdate(merged, QStringLiteral("none"));
        QVERIFY2(lupdateError.isEmpty(), qPrintable(lupdateError));

        const Catalogue current = readCatalogue(merged);
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));

        QSet<QString> committedKeys;
        for (const Message &message : committed.messages) {
            if (message.isLive())
                committedKeys.insert(message.key());
        }
        QStringList missing;
        QStringList unfinished;
        int live = 0;
        for (const Message &message : current.messages) {
            if (!message.isLive())
                continue;
            ++live;
            if (!committedKeys.contains(message.key()))
                missing.append(message.label());
            else if (!message.isFinished())
                unfinished.append(message.label());
        }
        QVERIFY2(live > 0,
                 "lupdate found no translatable strings in app/ and ui/; is it scanning the right folders?");

        QString report;
        if (!missing.isEmpty()) {
            report += QStringLiteral(
                          "\n%1 source string(s) missing from %2 (run the update_translations target):\n  ")
                          .arg(missing.size())
                          .arg(cataloguePath()) +
                      missing.join(QStringLiteral("\n  "));
        }
        if (!unfinished.isEmpty()) {
            report +=
                QStringLiteral("\n%1 string(s) unfinished or untranslated:\n  ").arg(unfinished.size()) +
                unfinished.join(QStringLiteral("\n  "));
        }
        if (!report.isEmpty()) {
            // QVERIFY2 truncates long messages; print the whole list first.
            qWarning().noquote() << report;
            QFAIL(qPrintable(QStringLiteral("%1 missing, %2 unfinished (listed above)")
                                 .arg(missing.size())
                                 .arg(unfinished.size())));
        }
        qInfo("%d source strings, all translated", live);
    }

    // A file-local helper "QString tr(const char *text) { return QCoreApplication::translate("Ctx", text); }"
    // looks strings up under "Ctx", but lupdate files the strings passed to it under the
    // enclosing namespace or class. When the two differ, the translation exists and is never
    // shown. Every such helper must use the context lupdate gives its strings.
    void trHelpersUseLupdateContext()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("located_vi.ts"));
        QString log;
        const QString lupdateError = runLupdate(ts, QStringLiteral("absolute"), &log);
        QVERIFY2(lupdateError.isEmpty(), qPrintable(lupdateError));
        const Catalogue catalogue = readCatalogue(ts);
        // Contexts without a tr() of their own, as lupdate reports them: a tr() call there
        // does not resolve to a class member, so it reaches the file-local helper. (Inside a
        // Q_OBJECT class, tr() is the class's own and lupdate's context is right.)
        static const QRegularExpression lacking(QStringLiteral("Class '([^']+)' lacks Q_OBJECT macro"));
        QSet<QString> withoutTr;
        for (auto it = lacking.globalMatch(log); it.hasNext();)
            withoutTr.insert(it.next().captured(1));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));

        static const QRegularExpression helper(
            QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w*\\s*\\)\\s*\\{\\s*return\\s+"
                           "QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
        static const QRegularExpression trCall(QStringLiteral("(^|[^\\w:.>])tr\\s*\\("));
        QStringList wrong;
        int helpers = 0;
        for (const QString &sub : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
            QDirIterator it(QStringLiteral(BROADSHEET_SOURCE_DIR) + sub,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                const QRegularExpressionMatch match = helper.match(text);
                if (!match.hasMatch())
                    continue;
                ++helpers;
                const QString runtimeContext = match.captured(1);
                const QStringList lines = text.split(QLatin1Char('\n'));
                const QString canonical = QFileInfo(path).canonicalFilePath();
                for (const Message &message : catalogue.messages) {
                    for (const auto &[filename, line] : message.locations) {
                        if (QFileInfo(filename).canonicalFilePath() != canonical || line < 1 ||
                            line > lines.size())
                            continue;
                        const bool viaHelper = lines.at(line - 1).contains(trCall) ||
                                               (line >= 2 && lines.at(line - 2).contains(trCall));
                        if (viaHelper && withoutTr.contains(message.context) &&
                            message.context != runtimeContext) {
                            wrong.append(
                                QStringLiteral("%1:%2: \"%3\" is looked up under \"%4\" but lupdate files it "
                                               "under \"%5\"")
                                    .arg(path)
                                    .arg(line)
                                    .arg(message.source, runtimeContext, message.context));
                        }
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            qWarning().noquote() << wrong.join(QLatin1Char('\n'));
            QFAIL(qPrintable(
                QStringLiteral("%1 string(s) would never be translated (listed above); use "
                               "QCoreApplication::translate(\"Context\", \"text\") with a literal, "
                               "or Q_DECLARE_TR_FUNCTIONS(Context) in a class")
                    .arg(wrong.size())));
        }
        qInfo("%d file-local tr() helpers checked", helpers);
    }

    void placeholdersSurviveTranslation()
    {
        const Catalogue catalogue = readCatalogue(cataloguePath());
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QStringList wrong;
        for (const Message &message : catalogue.messages) {
            if (!message.isLive() || !message.isFinished())
                continue;
            QSet<QString> expected = placeholders(message.source);
            for (const QString &translation : message.translations) {
                QSet<QString> got = placeholders(translation);
                // A plural form may leave the count out ("một bài" for %n == 1) but must not invent one.
                if (message.numerus) {
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (got != expected)
                    wrong.append(message.label() + QStringLiteral(" -> \"") + translation + QLatin1Char('"'));
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("placeholders differ:\n  ") + wrong.join(QStringLiteral("\n  "))));
    }

    // The app picks its catalogue by locale, as QTranslator::load(locale, "broadsheet", "_", ":/i18n")
    // does: Vietnamese locales find broadsheet_vi.qm, others fall back to the English source.
    void catalogueIsFoundByLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("file");
        QTest::newRow("vi_VN") << QStringLiteral("vi_VN") << true
                               << QStringLiteral(":/i18n/broadsheet_vi.qm");
        QTest::newRow("vi") << QStringLiteral("vi") << true << QStringLiteral(":/i18n/broadsheet_vi.qm");
        // English has a plural-only catalogue ("1 comment", "2 comments").
        QTest::newRow("en_US") << QStringLiteral("en_US") << true
                               << QStringLiteral(":/i18n/broadsheet_en.qm");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << false << QString();
        QTest::newRow("C") << QStringLiteral("C") << false << QString();
    }

    void englishPluralForms()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/broadsheet_en.qm")));
        QCOMPARE(translator.translate("Broadsheet::Ui::CommentsPanel", "%n comment(s)", nullptr, 1),
                 QStringLiteral("%n comment"));
        QCOMPARE(translator.translate("Broadsheet::Ui::CommentsPanel", "%n comment(s)", nullptr, 2),
                 QStringLiteral("%n comments"));
    }

    void catalogueIsFoundByLocale()
    {
        QFETCH(QString, locale);
        QFETCH(bool, found);
        QFETCH(QString, file);
        QTranslator translator;
        QCOMPARE(translator.load(QLocale(locale), QStringLiteral("broadsheet"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")),
                 found);
        if (found)
            QCOMPARE(translator.filePath(), file);
    }

    // Qt has no Vietnamese catalogue for its own standard buttons: ours answers for them.
    void standardButtonsAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/broadsheet_vi.qm")));
        const auto sources = Broadsheet::Ui::Translations::standardButtonSources();
        QVERIFY(sources.size() >= 18);
        for (const auto &[context, text] : sources) {
            const QString got = translator.translate(context.toUtf8().constData(), text.toUtf8().constData());
            QVERIFY2(!got.isEmpty(), qPrintable(context + QLatin1String(": ") + text));
        }
        QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        QCOMPARE(translator.translate("QGnomeTheme", "&Close"), QStringLiteral("Đó&ng"));
    }

    void compiledCatalogueTranslates()
    {
        const Catalogue catalogue = readCatalogue(cataloguePath());
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/broadsheet_vi.qm")),
                 "the compiled catalogue :/i18n/broadsheet_vi.qm is not embedded or is empty");
        QCOMPARE(translator.language(), QStringLiteral("vi_VN"));
        int checked = 0;
        QStringList wrong;
        for (const Message &message : catalogue.messages) {
            if (!message.isLive() || !message.isFinished() || message.numerus)
                continue;
            const QString got = translator.translate(
                message.context.toUtf8().constData(), message.source.toUtf8().constData(),
                message.comment.isEmpty() ? nullptr : message.comment.toUtf8().constData());
            if (got != message.translations.first())
                wrong.append(message.label() + QStringLiteral(" -> \"") + got + QLatin1Char('"'));
            ++checked;
        }
        QVERIFY2(checked > 0, "the catalogue has no finished translations");
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("compiled catalogue out of date:\n  ") +
                                             wrong.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
