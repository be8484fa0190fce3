#pragma once

#include "feeds/feed.h"
#include "feeds/textconstruct.h"
#include "feeds/xmlreader.h"

#include <QString>

#include <string>
#include <vector>

namespace Broadsheet::Feeds {

// Turns the XML events of an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 document into a Feed,
// following the conventions of the conformance corpus (feedparser's vocabulary).
class FeedBuilder final : public XmlHandler
{
public:
    struct Options
    {
        QString documentBase; // resolved document URL (Content-Location or the URL)
        QString defaultLanguage;
        bool sanitize = true;
    };

    explicit FeedBuilder(Options options);

    void doctype(std::string_view name, std::string_view publicId) override;
    void startElement(const XmlName &name, const std::vector<XmlAttribute> &attributes) override;
    void endElement() override;
    void characters(std::string_view text) override;
    void namespaceDeclaration(std::string_view prefix, Ns ns) override;

    // Closes whatever is still open (after a well-formedness error) and returns the feed.
    Feed finish();

    // True once a feed root (rss, RDF, feed, channel) was seen.
    bool sawFeedRoot() const { return m_sawRoot; }
    int entryCount() const { return int(m_feed.entries.size()); }

    // Element and field roles; public for the implementation files.
    enum class Role : quint8
    {
        Ignore,
        Markup, // a child of a captured element
        Skip,   // a container whose content is not ours (textInput, source, info, ...)
        Root,
        Channel,
        Item,
        Image,
        Person,
        Contributor,
        Text, // a captured text element (see m_pendingTarget)
        Link,
    };

    enum class Target : quint8
    {
        None,
        Title,
        MediaTitle,
        Subtitle,
        Description,
        Summary,
        Content,
        ItunesSummary,
        Rights,
        Link,
        Id,
        Guid,
        Updated,
        Published,
        Language,
        AuthorText,
        Icon,
        Logo,
        Generator,
        Category,
        Tags,
        Comments,
        CommentsFeed,
        CommentCount,
        ImageUrl,
        ImageTitle,
        ImageLink,
        ImageWidth,
        ImageHeight,
        PersonName,
        PersonEmail,
        PersonUri,
    };

private:
    struct Frame
    {
        Role role;
        int baseIndex;
    };

    struct Capture
    {
        Target target = {};
        int depth = 0; // element depth of the captured element
        QString type;
        QString mode;
        bool atom = false; // an Atom text construct
        int baseIndex = 0;
        std::string text;   // raw character data (when no child elements)
        std::string markup; // serialized children and escaped text
        bool hasChildren = false;
        // Wrapping xhtml <div>: markup offsets after its start tag and before its end tag.
        qsizetype divContentStart = -1;
        qsizetype divContentEnd = -1;
        int topLevelElements = 0;
        bool textOutsideDiv = false;
        bool mayNeedRepair = true; // see mayNeedMojibakeRepair()
    };

    void beginCapture(Target target, const std::vector<XmlAttribute> &attributes, bool atom);
    void finishCapture();
    void serializeStart(const XmlName &name, const std::vector<XmlAttribute> &attributes);
    void serializeEnd();
    void applyValue(Target target, QString raw, const Capture &capture);
    QString htmlField(QString raw, const Capture &capture) const;
    // Decodes base64, repairs mojibake, trims; returns the kind of text raw now holds.
    Text::Kind decodeConstruct(QString &raw, const Capture &capture, Text::Kind fallback) const;
    QString textField(QString raw, const Capture &capture) const;

    void startRole(Role role, const XmlName &name, const std::vector<XmlAttribute> &attributes);
    void endRole(Role role);
    Role classify(const XmlName &name, const std::vector<XmlAttribute> &attributes);
    void handleLink(const std::vector<XmlAttribute> &attributes);
    void handleEnclosure(const std::vector<XmlAttribute> &attributes);
    void handleMedia(const XmlName &name, const std::vector<XmlAttribute> &attributes);
    void finishEntry();
    void finishFeed();

    QString currentBase() const { return m_bases.at(m_frames.empty() ? 0 : m_frames.back().baseIndex); }
    QString resolveUrl(const QString &url) const;
    QString resolveUrlAt(const QString &url, int baseIndex) const;
    QList<Category> *currentCategories();

    Options m_options;
    Feed m_feed;
    Entry m_entry;
    bool m_sawRoot = false;
    bool m_inFeed = false;
    bool m_inEntry = false;
    int m_imageDepth = 0;    // >0 inside RSS <image>
    int m_sourceDepth = 0;   // >0 inside a skipped container (source, textInput, info, ...)
    bool m_inAuthor = false; // inside an Atom person construct
    bool m_authorIsContributor = false;
    Person m_person;
    bool m_netscapeDoctype = false;
    bool m_declaresRss090 = false;
    Link m_pendingLink;
    bool m_atom03 = false;
    bool m_linkFromGuid = false;
    bool m_guidIsPermalink = true;
    std::vector<Frame> m_frames;
    QStringList m_bases;
    bool m_capturing = false;
    Capture m_capture;
    int m_depth = 0;
    std::vector<std::string> m_markupNames;
    Target m_pendingTarget = Target::None;
    Category m_pendingCategory;
    QString m_itunesSummary;
    QString m_mediaTitle;
    QString m_feedItunesSummary;
};

} // namespace Broadsheet::Feeds
