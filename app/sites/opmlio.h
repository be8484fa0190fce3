#pragma once

// OPML 2.0 import and export of the sites the user follows, folders kept.

#include "domain/site.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QStringList>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Sites {

struct OpmlImport
{
    bool ok = false;  // the file was read (possibly with some outlines skipped)
    QString error;    // human: why nothing was imported, or what went wrong part-way
    int added = 0;    // new sites
    int existing = 0; // already followed (left as they are)
    QList<qint64> newSiteIds;
    QStringList skipped; // human, one line per outline that could not be used
};

// Adds the subscriptions of an OPML document to the library (one command, one transaction).
// Outlines become feed sites, or WordPress or JSON API sites when Broadsheet's own attributes
// say so (a file Broadsheet exported) or the address is a REST API root; nested folders are
// kept as "A/B". Sites already followed are left alone.
QFuture<OpmlImport> importOpml(Store::Library &library, const QByteArray &bytes);

// The OPML 2.0 document of sites (folders as nested outlines). A WordPress site is written
// with its feed address, which every reader understands, and its REST API root in
// Broadsheet's own attributes, so that Broadsheet imports it as it was; the built-in sample
// site is left out.
QByteArray exportOpml(const QList<Site> &sites);

// The feed address of a WordPress site (its REST API root's front page + "feed/", or
// "?feed=rss2" for the ?rest_route= form).
QUrl wordPressFeedUrl(const QUrl &apiRoot);

} // namespace Broadsheet::Sites
