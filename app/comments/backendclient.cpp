#include "comments/backendclient.h"

#include "comments/answer.h"
#include "comments/jsonapiclient.h"
#include "comments/wordpressformclient.h"
#include "comments/wordpressrestclient.h"
#include <QCoreApplication>

namespace Broadsheet::Comments {

Endpoints resolveEndpoints(const Site &site, const BackendSettings &settings)
{
    Endpoints e;
    e.siteUrl = site.homeUrl;
    e.restRoot = settings.restRoot.isEmpty() ? guessRestRoot(site) : settings.restRoot;
    e.jsonBase = !settings.jsonBase.isEmpty()       ? settings.jsonBase
                 : site.kind == SourceKind::JsonApi ? site.sourceUrl
                                                    : QUrl();
    e.signIn = settings.signIn;
    if (site.kind == SourceKind::Synced) // the service's page for the feed is not the comments' site
        e.siteUrl = QUrl();
    if (e.siteUrl.isEmpty() && !e.restRoot.isEmpty()) {
        // {home}/wp-json/ → {home}/
        QUrl home = e.restRoot;
        home.setQuery(QString());
        QString path = home.path();
        if (path.endsWith(QLatin1String("/wp-json/")))
            path.chop(8);
        else if (path.endsWith(QLatin1String("/wp-json")))
            path.chop(7);
        home.setPath(path.isEmpty() ? QStringLiteral("/") : path);
        e.siteUrl = home;
    }
    return e;
}

namespace {

// The backend "auto" stands for on this site.
CommentBackend autoBackend(const Site &site, const BackendSettings &settings, const Endpoints &endpoints)
{
    if (site.kind == SourceKind::JsonApi || (!settings.jsonBase.isEmpty() && settings.restRoot.isEmpty()))
        return CommentBackend::JsonApi;
    if (site.kind == SourceKind::Synced && endpoints.restRoot.isEmpty())
        return CommentBackend::None; // its articles' own site is not known (yet), or takes none
    if (settings.resolved == toString(CommentBackend::WordPressForm))
        return CommentBackend::WordPressForm;
    if (settings.resolved == toString(CommentBackend::WordPressRest) || !endpoints.restRoot.isEmpty())
        return CommentBackend::WordPressRest;
    return CommentBackend::WordPressForm;
}

std::unique_ptr<HttpBackendClient> create(CommentBackend backend, const Endpoints &endpoints,
                                          const ClientEnvironment &environment, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    switch (backend) {
    case CommentBackend::WordPressRest:
        if (endpoints.restRoot.isEmpty())
            return fail(QCoreApplication::translate(
                "Broadsheet::Comments", "The address of this site's WordPress REST API is not known."));
        return std::make_unique<WordPressRestClient>(endpoints, environment);
    case CommentBackend::WordPressForm:
        if (endpoints.siteUrl.isEmpty())
            return fail(QCoreApplication::translate("Broadsheet::Comments",
                                                    "The address of this site's comment form is not known."));
        return std::make_unique<WordPressFormClient>(endpoints, environment);
    case CommentBackend::JsonApi:
        if (endpoints.jsonBase.isEmpty())
            return fail(QCoreApplication::translate(
                "Broadsheet::Comments",
                "No address is set for this site's comment API. Set it in Settings → Sites."));
        return std::make_unique<JsonApiClient>(endpoints, environment);
    case CommentBackend::None:
    case CommentBackend::Auto:
        break;
    }
    return fail(QCoreApplication::translate(
        "Broadsheet::Comments",
        "Commenting from Broadsheet is off for this site: no way to send it comments is known."));
}

} // namespace

std::unique_ptr<BackendClient> createDeliveryClient(const Site &site, const BackendSettings &settings,
                                                    const ClientEnvironment &environment,
                                                    const QString &lastBackend, QString *error)
{
    const Endpoints endpoints = resolveEndpoints(site, settings);
    CommentBackend backend = site.commentBackend;
    if (backend == CommentBackend::None) {
        if (error)
            *error = QCoreApplication::translate("Broadsheet::Comments",
                                                 "Commenting from Broadsheet is off for this site (%1). "
                                                 "Turn it on in its comment settings.")
                         .arg(site.title);
        return nullptr;
    }
    if (backend == CommentBackend::Auto) {
        backend = autoBackend(site, settings, endpoints);
        // A comment that was last sent to another backend is looked for under the same one.
        if (const auto used = backendFromName(lastBackend);
            used && *used != CommentBackend::Auto && *used != CommentBackend::None)
            backend = *used;
    }
    std::unique_ptr<HttpBackendClient> client = create(backend, endpoints, environment, error);
    if (auto *rest = qobject_cast<WordPressRestClient *>(client.get());
        rest && site.commentBackend == CommentBackend::Auto && !endpoints.signIn &&
        !endpoints.siteUrl.isEmpty())
        rest->setLoginFallback(std::make_unique<WordPressFormClient>(endpoints, environment));
    return client;
}

std::unique_ptr<BackendClient> createThreadClient(const Site &site, const BackendSettings &settings,
                                                  const ClientEnvironment &environment)
{
    CommentBackend backend = CommentBackend::None;
    if (site.kind == SourceKind::JsonApi)
        backend = CommentBackend::JsonApi;
    else if (site.kind == SourceKind::WordPress)
        backend = CommentBackend::WordPressRest; // the thread is read over REST, whatever takes comments
    else if (site.kind == SourceKind::Synced && !settings.restRoot.isEmpty())
        backend = CommentBackend::WordPressRest; // found from the articles' own site
    else if (site.kind == SourceKind::Synced && !settings.jsonBase.isEmpty())
        backend = CommentBackend::JsonApi;
    else
        return nullptr;
    return create(backend, resolveEndpoints(site, settings), environment, nullptr);
}

} // namespace Broadsheet::Comments
