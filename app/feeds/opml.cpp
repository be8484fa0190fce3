#include "feeds/opml.h"

#include "feeds/encoding.h"
#include "feeds/feedbuilder_p.h"
#include "feeds/xmlreader.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Broadsheet::Feeds {

namespace {

class OpmlHandler final : public XmlHandler
{
public:
    void doctype(std::string_view, std::string_view) override {}

    void startElement(const XmlName &name, const std::vector<XmlAttribute> &attributes) override
    {
        if (Detail::is(name.local, "opml"))
            sawRoot = true;
        if (!Detail::is(name.local, "outline")) {
            stack.push_back({false, {}});
            return;
        }
        QString title = Detail::attribute(attributes, "title").trimmed();
        if (title.isEmpty())
            title = Detail::attribute(attributes, "text").trimmed();
        const QString xmlUrl = Detail::attribute(attributes, "xmlurl").trimmed();
        if (!xmlUrl.isEmpty()) {
            outlines.append(OpmlOutline{
                title.isEmpty() ? xmlUrl : title, xmlUrl, Detail::attribute(attributes, "htmlurl").trimmed(),
                currentFolder(), ownAttribute(attributes, "source"), ownAttribute(attributes, "sourceurl")});
            stack.push_back({false, {}});
            return;
        }
        // A folder. Its name may not contain "/" (the separator of flattened paths).
        title.replace(QLatin1Char('/'), QLatin1Char('-'));
        stack.push_back({true, title});
    }

    static QString ownAttribute(const std::vector<XmlAttribute> &attributes, std::string_view lowerName)
    {
        for (const XmlAttribute &a : attributes) {
            if (a.name.ns == Ns::BroadsheetOpml && Detail::is(a.name.local, lowerName))
                return Detail::str(a.value).trimmed();
        }
        return {};
    }

    void endElement() override
    {
        if (!stack.empty())
            stack.pop_back();
    }

    void characters(std::string_view) override {}

    QString currentFolder() const
    {
        QStringList parts;
        for (const Level &level : stack) {
            if (level.folder && !level.name.isEmpty())
                parts.append(level.name);
        }
        return parts.join(QLatin1Char('/'));
    }

    struct Level
    {
        bool folder;
        QString name;
    };
    std::vector<Level> stack;
    QList<OpmlOutline> outlines;
    bool sawRoot = false;
};

} // namespace

OpmlResult parseOpml(const QByteArray &bytes)
{
    OpmlResult result;
    if (isBlank(bytes)) {
        result.error = QStringLiteral("the OPML file is empty");
        return result;
    }
    const DecodedDocument decoded = decodeDocument(bytes, {});
    OpmlHandler handler;
    const XmlReadResult read = readXml(decoded.utf8, handler);
    if (!read.wellFormed) {
        // Recover what an exporter broke (HTML entities, stray ampersands, unclosed or
        // truncated outlines), but still report the file as broken.
        OpmlHandler loose;
        readXml(repairXml(decoded.utf8), loose);
        result.outlines =
            loose.outlines.size() >= handler.outlines.size() ? loose.outlines : handler.outlines;
        result.error = QStringLiteral("the OPML file is not well-formed XML: %1").arg(read.error);
        return result;
    }
    if (!handler.sawRoot) {
        result.error = QStringLiteral("the file is not an OPML document (no <opml> element)");
        return result;
    }
    result.ok = true;
    result.outlines = handler.outlines;
    return result;
}

QByteArray writeOpml(const QList<OpmlOutline> &outlines, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    const QString ownNamespace = QLatin1String(OpmlNamespace);
    if (std::any_of(outlines.begin(), outlines.end(),
                    [](const OpmlOutline &o) { return !o.sourceKind.isEmpty(); }))
        xml.writeNamespace(ownNamespace, QStringLiteral("broadsheet"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("dateCreated"),
                         QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));

    // Group by folder, keeping the order in which folders first appear.
    QStringList folders;
    for (const OpmlOutline &o : outlines) {
        if (!folders.contains(o.folder))
            folders.append(o.folder);
    }
    const auto writeFeed = [&xml, &ownNamespace](const OpmlOutline &o) {
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), o.title.isEmpty() ? o.xmlUrl : o.title);
        xml.writeAttribute(QStringLiteral("title"), o.title.isEmpty() ? o.xmlUrl : o.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), o.xmlUrl);
        if (!o.htmlUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), o.htmlUrl);
        if (!o.sourceKind.isEmpty()) {
            xml.writeAttribute(ownNamespace, QStringLiteral("source"), o.sourceKind);
            xml.writeAttribute(ownNamespace, QStringLiteral("sourceUrl"), o.sourceUrl);
        }
    };
    QStringList open; // currently open folder path components
    // Top level first, then folders sorted so that "A" comes right before "A/B".
    QStringList sorted = folders;
    sorted.removeAll(QString());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.split(QLatin1Char('/')) < b.split(QLatin1Char('/'));
    });
    if (folders.contains(QString()))
        sorted.prepend(QString());
    for (const QString &folder : std::as_const(sorted)) {
        const QStringList parts = folder.isEmpty() ? QStringList() : folder.split(QLatin1Char('/'));
        qsizetype common = 0;
        while (common < open.size() && common < parts.size() && open.at(common) == parts.at(common))
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (qsizetype i = common; i < parts.size(); ++i) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), parts.at(i));
            xml.writeAttribute(QStringLiteral("title"), parts.at(i));
            open.append(parts.at(i));
        }
        for (const OpmlOutline &o : outlines) {
            if (o.folder == folder)
                writeFeed(o);
        }
    }
    while (!open.isEmpty()) {
        xml.writeEndElement();
        open.removeLast();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return out;
}

} // namespace Broadsheet::Feeds
