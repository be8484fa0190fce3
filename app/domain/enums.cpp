#include "domain/comment.h"
#include "domain/site.h"

#include <array>
#include <utility>

namespace Broadsheet {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &text, E fallback)
{
    for (const auto &[e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return fallback;
}

constexpr std::array<std::pair<SourceKind, const char *>, 4> kSourceKinds{{
    {SourceKind::Feed, "feed"},
    {SourceKind::WordPress, "wordpress"},
    {SourceKind::JsonApi, "json"},
    {SourceKind::Synced, "synced"},
}};

constexpr std::array<std::pair<CommentBackend, const char *>, 5> kBackends{{
    {CommentBackend::None, "none"},
    {CommentBackend::Auto, "auto"},
    {CommentBackend::WordPressRest, "wordpress-rest"},
    {CommentBackend::WordPressForm, "wordpress-form"},
    {CommentBackend::JsonApi, "json"},
}};

constexpr std::array<std::pair<FullArticleMode, const char *>, 3> kFullArticleModes{{
    {FullArticleMode::Automatic, "auto"},
    {FullArticleMode::FeedText, "feed"},
    {FullArticleMode::FullArticle, "full"},
}};

constexpr std::array<std::pair<Comment::State, const char *>, 6> kCommentStates{{
    {Comment::State::Published, "published"},
    {Comment::State::Held, "held"},
    {Comment::State::Draft, "draft"},
    {Comment::State::Queued, "queued"},
    {Comment::State::Sending, "sending"},
    {Comment::State::Failed, "failed"},
}};

} // namespace

QString toString(SourceKind kind)
{
    return nameOf(kSourceKinds, kind);
}
SourceKind sourceKindFromString(const QString &text)
{
    return valueOf(kSourceKinds, text, SourceKind::Feed);
}
QString toString(CommentBackend backend)
{
    return nameOf(kBackends, backend);
}
CommentBackend commentBackendFromString(const QString &text)
{
    return valueOf(kBackends, text, CommentBackend::Auto);
}
QString toString(FullArticleMode mode)
{
    return nameOf(kFullArticleModes, mode);
}
FullArticleMode fullArticleModeFromString(const QString &text)
{
    return valueOf(kFullArticleModes, text, FullArticleMode::Automatic);
}
QString toString(Comment::State state)
{
    return nameOf(kCommentStates, state);
}
Comment::State commentStateFromString(const QString &text)
{
    return valueOf(kCommentStates, text, Comment::State::Published);
}

} // namespace Broadsheet
