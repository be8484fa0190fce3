#include "sites/discovery.h"

#include "feeds/feedparser.h"
#include "feeds/opml.h"
#include "sites/candidatechoice.h"
#include "sites/jsonapi.h"
#include "sites/wordpress.h"
#include "sites/wordpressapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Broadsheet::Sites {

Discoverer::Discoverer(Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<Result>();
}

Discoverer::~Discoverer()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

void Discoverer::discover(const QString &address)
{
    abort();
    m_running = true;
    m_probedJsonApi = false;
    m_result = {};
    m_step = {};
    QString error;
    m_result.url = normalizeAddress(address, &error);
    if (m_result.url.isEmpty()) {
        m_result.error = error;
        // Report on the next turn of the event loop, like a network answer.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    finish();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_result.url.isLocalFile()) {
        const QString path = m_result.url.toLocalFile();
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation, path] {
                if (generation == m_generation)
                    discoverFile(path);
            },
            Qt::QueuedConnection);
        return;
    }
    Net::Request request;
    request.url = m_result.url;
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral(
             "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
             "application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.5")});
    m_reply = m_network.send(request);
    const quint64 generation = m_generation;
    connect(m_reply, &Net::Reply::finished, this, [this, generation](const Net::Response &response) {
        if (generation == m_generation)
            handlePage(response);
    });
}

void Discoverer::discoverFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        finish();
        return;
    }
    const QByteArray bytes = file.read(20LL * 1024 * 1024);
    const Feeds::OpmlResult opml = Feeds::parseOpml(bytes);
    if (opml.ok && !opml.outlines.isEmpty()) {
        m_result.opmlFile = path;
        m_result.error = tr("%1 is a subscription list (OPML) with %n site(s): import it instead.", nullptr,
                            int(opml.outlines.size()))
                             .arg(QFileInfo(path).fileName());
        finish();
        return;
    }
    Feeds::ParseOptions options;
    options.documentUrl = QUrl::fromLocalFile(path);
    options.sanitize = false;
    const Feeds::ParseResult parsed = Feeds::parseFeed(bytes, options);
    if (!parsed.ok || parsed.feed.version.isEmpty()) {
        m_result.error = tr("%1 is not a feed or a subscription list Broadsheet can read.")
                             .arg(QFileInfo(path).fileName());
        finish();
        return;
    }
    // A saved feed: follow it where it lives on the web.
    QUrl self;
    for (const Feeds::Link &link : parsed.feed.links) {
        if (link.rel == QLatin1String("self") && isWebUrl(QUrl(link.href)))
            self = QUrl(link.href);
    }
    if (self.isEmpty()) {
        m_result.error =
            tr("The feed in %1 does not say where it lives on the web, so Broadsheet cannot follow it. "
               "Add it by its web address instead.")
                .arg(QFileInfo(path).fileName());
        finish();
        return;
    }
    Candidate c;
    c.kind = SourceKind::Feed;
    c.format = feedFormat(parsed.feed.version);
    c.url = self;
    c.title = parsed.feed.title.isEmpty() ? self.host() : parsed.feed.title;
    c.homeUrl = QUrl(parsed.feed.link);
    m_result.candidates.append(c);
    m_result.url = self;
    finish();
}

void Discoverer::handlePage(const Net::Response &response)
{
    m_reply = nullptr;
    m_step = discoverFromResponse(m_result.url, response);
    if (!m_step.wordPressRoot.isEmpty()) {
        // Confirm the REST API (and read the site's name) before offering it.
        Net::Request request;
        request.url = WordPressApi::endpoint(m_step.wordPressRoot, QString());
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        m_reply = m_network.send(request);
        const quint64 generation = m_generation;
        connect(m_reply, &Net::Reply::finished, this, [this, generation](const Net::Response &index) {
            if (generation == m_generation)
                handleIndex(index);
        });
        return;
    }
    // A JSON answer with nothing to follow may be the base of a JSON API ("…/api/v1/"): its
    // article list is one level down. Asked once.
    const QUrl articles = JsonApi::articlesUrl(m_result.url, 1, 1);
    if (m_step.candidates.isEmpty() && !m_probedJsonApi && response.status > 0 &&
        response.header("Content-Type").contains("json") && articles != response.url) {
        m_probedJsonApi = true;
        const DiscoveryStep first = m_step;
        Net::Request request;
        request.url = articles;
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        m_reply = m_network.send(request);
        const quint64 generation = m_generation;
        connect(m_reply, &Net::Reply::finished, this, [this, generation, first](const Net::Response &list) {
            if (generation != m_generation)
                return;
            m_reply = nullptr;
            const DiscoveryStep step = discoverFromResponse(list.url, list);
            const bool api =
                !step.candidates.isEmpty() && step.candidates.first().kind == SourceKind::JsonApi;
            m_result.candidates = api ? step.candidates : QList<Candidate>();
            m_result.error = api ? QString() : first.error;
            finish();
        });
        return;
    }
    m_result.candidates = m_step.candidates;
    m_result.error = m_step.error;
    finish();
}

void Discoverer::handleIndex(const Net::Response &response)
{
    m_reply = nullptr;
    QString error;
    const std::optional<Candidate> confirmed = wordPressFromIndex(m_step.wordPressRoot, response, &error);
    QList<Candidate> candidates;
    for (const Candidate &c : std::as_const(m_step.candidates)) {
        if (c.kind != SourceKind::WordPress) {
            candidates.append(c);
        } else if (confirmed) {
            Candidate merged = *confirmed;
            if (merged.title.isEmpty() || merged.title == merged.homeUrl.host())
                merged.title = c.title;
            candidates.append(merged);
        }
    }
    if (!confirmed)
        m_result.notice = error;
    m_result.candidates = candidates;
    m_result.error = candidates.isEmpty() ? (m_step.error.isEmpty() ? error : m_step.error) : QString();
    finish();
}

void Discoverer::finish()
{
    m_running = false;
    if (!m_step.isFeed) // a feed the user typed is followed as is; else the best source first
        m_result.candidates = rankCandidates(m_result.candidates);
    m_result.ok = !m_result.candidates.isEmpty();
    if (!m_result.ok && m_result.error.isEmpty())
        m_result.error = tr("Nothing to follow was found at this address.");
    Q_EMIT finished(m_result);
}

void Discoverer::abort()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
    m_running = false;
}

} // namespace Broadsheet::Sites
