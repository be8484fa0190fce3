#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>

namespace Broadsheet::Store {

// What one or more committed commands changed, as the library announces it (Library::changed).
// Only the library fills it in: no other code says what changed.
struct Changes
{
    struct ArticleState
    {
        bool read = false;
        bool starred = false;
    };

    bool sites = false;                        // sites added, removed, renamed or re-counted
    QSet<qint64> articleSites;                 // sites whose articles came, went or changed; 0: any
    QHash<qint64, ArticleState> articleStates; // read/starred of these articles, as committed
    QSet<qint64> commentThreads;               // articles whose comments changed
    bool outbox = false;                       // the outbox's queue changed
    bool conversations = false;                // the reader's comments, followed threads or their events
    QSet<qint64> fullArticles;                 // articles whose full article (or its failure) was stored

    bool isEmpty() const
    {
        return !sites && articleSites.isEmpty() && articleStates.isEmpty() && commentThreads.isEmpty() &&
               !outbox && !conversations && fullArticles.isEmpty();
    }
    void merge(const Changes &other)
    {
        sites = sites || other.sites;
        articleSites.unite(other.articleSites);
        for (auto it = other.articleStates.cbegin(); it != other.articleStates.cend(); ++it)
            articleStates.insert(it.key(), it.value());
        commentThreads.unite(other.commentThreads);
        outbox = outbox || other.outbox;
        conversations = conversations || other.conversations;
        fullArticles.unite(other.fullArticles);
    }
};

} // namespace Broadsheet::Store

Q_DECLARE_METATYPE(Broadsheet::Store::Changes)
