#include "domain/conversation.h"

#include <array>
#include <utility>

namespace Broadsheet {

namespace {

constexpr std::array<std::pair<MyComment::State, const char *>, 5> kStates{{
    {MyComment::State::Sending, "sending"},
    {MyComment::State::Failed, "failed"},
    {MyComment::State::Held, "held"},
    {MyComment::State::Published, "published"},
    {MyComment::State::Removed, "removed"},
}};

constexpr std::array<std::pair<ConversationEvent::Kind, const char *>, 4> kKinds{{
    {ConversationEvent::Kind::Approved, "approved"},
    {ConversationEvent::Kind::Reply, "reply"},
    {ConversationEvent::Kind::Removed, "removed"},
    {ConversationEvent::Kind::NewComments, "new_comments"},
}};

} // namespace

QString toString(MyComment::State state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

MyComment::State myCommentStateFromString(const QString &text)
{
    for (const auto &[s, name] : kStates) {
        if (text == QLatin1String(name))
            return s;
    }
    return MyComment::State::Sending;
}

QString toString(ConversationEvent::Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ConversationEvent::Kind> conversationEventKindFromString(const QString &text)
{
    for (const auto &[k, name] : kKinds) {
        if (text == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

} // namespace Broadsheet
