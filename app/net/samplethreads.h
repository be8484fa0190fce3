#pragma once

// The comment threads of the built-in sample site, as its embedded origin keeps them: the
// comments that come with the sample (the Atom feeds under the origin's root, one per article,
// named by the article's wfw:commentRss in feed.xml) and the comments posted from this computer,
// kept in a JSON file in the profile. Nothing posted to the sample site ever leaves the computer.

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Broadsheet::Net {

struct SampleComment
{
    QString id;       // "https://sample.broadsheet.invalid/?comment=N", as in the comment feeds
    QString parentId; // empty: top level
    qint64 post = 0;
    QString name;
    QString email; // never published
    QString url;
    QDateTime published; // UTC
    QString contentHtml;
};

// One article of the sample: its post id (guid "…?p=N") and its comment feed's path.
struct SamplePost
{
    qint64 id = 0;
    QString commentsPath; // "/comments/welcome-to-broadsheet.xml"
};

class SampleThreads
{
public:
    SampleThreads(const QString &root, const QString &storagePath)
        : m_root(root)
        , m_storagePath(storagePath)
    {}

    QString root() const { return m_root; }
    // A file of the sample under the root ("/feed.xml"); empty when it is not there.
    QByteArray file(const QString &path) const;
    QString storagePath() const { return m_storagePath; }

    std::optional<SamplePost> post(qint64 id) const;
    std::optional<SamplePost> postByCommentsPath(const QString &path) const;
    // The comments that came with the sample, oldest first.
    QList<SampleComment> builtIn(const SamplePost &post) const;
    // The comments posted from this computer (all articles, or one), oldest first.
    QList<SampleComment> posted(qint64 post = 0) const;
    // Both, oldest first.
    QList<SampleComment> thread(const SamplePost &post) const;

    // Stores a new comment under the next free id (across processes, under a lock file) and
    // returns it; nullopt, with *error, when the file cannot be written.
    std::optional<SampleComment> add(SampleComment comment, QString *error) const;

    static QString commentId(int number);

private:
    QList<SamplePost> posts() const;

    QString m_root;
    QString m_storagePath;
};

} // namespace Broadsheet::Net
