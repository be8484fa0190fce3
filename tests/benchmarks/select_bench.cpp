// Select → first paint: an article chosen in the list until the viewer has painted its text
// (images off: they arrive later and are not part of this figure). Builds a library of
// generated articles (5–20 KB bodies), shows the real article list pane and viewer side by
// side (offscreen), then for each of RUNS articles: setCurrentIndex → load the article from the
// library → ArticleViewer::showArticle → the first paint of the viewport with the new page
// (the viewer builds it on a worker). This is what MainWindow::openArticle does on a selection
// change, with the comments and the (collapsed) reply form attached at the end of the page
// as in the window; the related posts are looked up after that first paint and added at the
// end of the article (timed separately). Then the long read of render_bench (500 KB, 100 figures, images on
// as placeholders): select → first paint (of its first screen), the whole page in place, its
// lazy layout finished. Throughout, a 1 ms timer measures the longest time the GUI thread was
// kept from its event loop (Bench::LagProbe).
//   select_bench [--articles N] [--runs RUNS]

#include "benchtext.h"
#include "comments/drafts.h"
#include "guiprobes.h"
#include "images/imagefetcher.h"
#include "longarticle.h"
#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/profile.h"
#include "store/articlestore.h"
#include "store/library.h"
#include "store/sitestore.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/comments/commentspanel.h"
#include "ui/viewer/articleviewer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <iterator>

using namespace Broadsheet;

namespace {

const char *const kWords[] = {"harbour",    "council", "tram",     "market",   "ferry",   "storm",
                              "budget",     "school",  "festival", "bridge",   "library", "river",
                              "station",    "museum",  "garden",   "election", "weather", "mayor",
                              "lighthouse", "quay",    "archive",  "concert",  "stadium", "clinic",
                              "tunnel",     "orchard", "bakery",   "harvest"};

QString sentence(QRandomGenerator &random, int words)
{
    return Bench::sentence(random, kWords, words);
}

// A WordPress-like article of 5–20 KB: paragraphs, a heading, a list, a quote and two figures.
Article makeArticle(QRandomGenerator &random, int site, int n)
{
    Article a = Bench::articleHeader(random, kWords, site, n);
    a.categories = {QLatin1String(kWords[random.bounded(int(std::size(kWords)))])};
    a.summaryHtml = QStringLiteral("<p>") + sentence(random, 25) + QStringLiteral("</p>");
    const int target = 5000 + random.bounded(15000);
    QString body;
    int part = 0;
    while (body.size() < target) {
        switch (part++ % 8) {
        case 2:
            body += QStringLiteral("<h2>") + sentence(random, 5) + QStringLiteral("</h2>");
            break;
        case 4:
            body += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
                        .arg(sentence(random, 8), sentence(random, 8), sentence(random, 8));
            break;
        case 5:
            body += QStringLiteral("<blockquote><p>") + sentence(random, 20) +
                    QStringLiteral("</p></blockquote>");
            break;
        case 6:
            body +=
                QStringLiteral("<figure><img src=\"https://site%1.example/img/%2-%3.jpg\" width=\"800\" "
                               "height=\"450\" alt=\"%4\"><figcaption>%4 Photo: Name / Agency</figcaption>"
                               "</figure>")
                    .arg(site)
                    .arg(n)
                    .arg(part)
                    .arg(sentence(random, 8));
            break;
        default:
            body += QStringLiteral("<p>") + sentence(random, 40) + QStringLiteral(" <a href=\"https://site") +
                    QString::number(site) + QStringLiteral(".example/\">") + sentence(random, 3) +
                    QStringLiteral("</a></p>");
        }
    }
    a.contentHtml = body;
    return a;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("articles"),
                                         QStringLiteral("Articles in the library."), QStringLiteral("N"),
                                         QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Articles selected."),
                                        QStringLiteral("RUNS"), QStringLiteral("30"));
    parser.addOptions({countOption, runsOption});
    parser.process(app);
    const int total = parser.value(countOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir temp;
    Session session(Profile::resolve(temp.path()));
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Store::Library &library = session.library();
    constexpr int Sites = 20;
    QRandomGenerator random(7);
    qint64 bytes = 0;
    for (int s = 0; s < Sites; ++s) {
        Site site;
        site.title = QStringLiteral("Site %1").arg(s);
        site.sourceUrl = QUrl(QStringLiteral("https://site%1.example/feed/").arg(s));
        const qint64 siteId = library.wait(library.addSite(site)).site.id;
        QList<Article> batch;
        for (int n = s; n < total; n += Sites) {
            batch << makeArticle(random, s, n);
            bytes += batch.constLast().contentHtml.size();
        }
        if (const auto stored = library.wait(library.upsertArticles(siteId, batch)); !stored.ok) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(stored.error));
            return 1;
        }
    }
    // The long read of render_bench (500 KB, 100 figures), the newest article of site 0.
    Article longRead = makeArticle(random, 0, total);
    longRead.title = QStringLiteral("The long read");
    longRead.contentHtml = Bench::longArticle(500 * 1024, 100);
    longRead.link = QUrl(QStringLiteral("https://news.example.com/2024/05/14/story/"));
    if (const auto stored =
            library.wait(library.upsertArticles(library.sites().all().constFirst().id, {longRead}));
        !stored.ok) {
        std::fprintf(stderr, "insert failed: %s\n", qPrintable(stored.error));
        return 1;
    }
    std::printf("library: %d articles, bodies %.1f KB on average, and a long read of %lld KB\n", total,
                double(bytes) / total / 1024, static_cast<long long>(longRead.contentHtml.size() / 1024));

    Models::ArticleListModel model(library);
    model.setQuery({});
    Images::ImageFetcher images(session.network());
    Comments::Drafts drafts(library); // outlives the window, whose comments save into it
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *pane = new Ui::ArticleListPane(model, images, &window);
    auto *viewer = new Ui::ArticleViewer(images, &window);
    viewer->setLoadImages(false);
    auto *comments = new Ui::CommentsPanel(
        {library, session.commentsLoader(), drafts, session.outbox(), session.settings(), nullptr}, &window);
    viewer->setAttachment(comments);
    layout->addWidget(pane, 1);
    layout->addWidget(viewer, 2);
    window.resize(1280, 800);
    window.show();
    auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    wait(300);

    QElapsedTimer timer;
    double loadMs = 0;
    double relatedLookupMs = 0;
    Bench::LagProbe lag;
    QObject::connect(pane->view()->selectionModel(), &QItemSelectionModel::currentChanged, viewer,
                     [&](const QModelIndex &current) {
                         const qint64 id = current.data(Models::ArticleListModel::IdRole).toLongLong();
                         const auto article = library.articles().article(id);
                         loadMs = double(timer.nsecsElapsed()) / 1e6;
                         if (article)
                             comments->setArticle(id);
                         if (article)
                             viewer->showArticle(*article, [&, id] {
                                 // On the library's reader thread, not the GUI thread: timed
                                 // there, on its own.
                                 auto lookup = std::make_shared<QElapsedTimer>();
                                 lookup->start();
                                 return library.relatedArticles(id, 5).then(
                                     [&relatedLookupMs, lookup](const QList<Store::ArticleRow> &rows) {
                                         relatedLookupMs = double(lookup->nsecsElapsed()) / 1e6;
                                         return rows;
                                     });
                             });
                     });
    // The paint that counts is the first one with the new page (a first screen or all of it).
    bool pageIn = false;
    double completeMs = 0;
    double layoutDoneMs = 0;
    QObject::connect(viewer, &Ui::ArticleViewer::pageShown, viewer, [&](qint64, bool complete) {
        pageIn = true;
        if (!complete)
            return;
        completeMs = double(timer.nsecsElapsed()) / 1e6;
        layoutDoneMs = completeMs;
        // Qt lays the rest out lazily; the last change of the document size ends it.
        QObject::connect(viewer->document()->documentLayout(),
                         &QAbstractTextDocumentLayout::documentSizeChanged, viewer->document(),
                         [&] { layoutDoneMs = double(timer.nsecsElapsed()) / 1e6; });
    });
    Bench::PaintProbe probe(timer, [&] { return pageIn; });
    viewer->viewport()->installEventFilter(&probe);
    auto until = [&](const std::function<bool()> &done) {
        while (!done() && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    auto select = [&](const QModelIndex &index) {
        probe.painted = false;
        pageIn = false;
        timer.start();
        lag.start();
        pane->view()->setCurrentIndex(index);
        until([&] { return probe.painted; });
    };

    QList<double> toPaint, toLoaded, toRelated, blocked, blockedCpu, lookups;
    const int rows = model.rowCount();
    int longRow = -1;
    for (int row = 0; row < rows && longRow < 0; ++row) {
        if (model.index(row, 0).data(Models::ArticleListModel::TitleRole).toString() == longRead.title)
            longRow = row;
    }
    for (int run = 0; run < runs && rows > 0; ++run) {
        int row = (run * 37) % rows;
        row = row == longRow ? (row + 1) % rows : row;
        select(model.index(row, 0));
        toPaint << probe.paintedMs;
        toLoaded << loadMs;
        until([&] { return !viewer->related().isEmpty(); });
        toRelated << double(timer.nsecsElapsed()) / 1e6;
        lag.stop();
        blocked << lag.longestMs();
        blockedCpu << lag.longestCpuMs();
        lookups << relatedLookupMs;
    }
    std::printf(
        "select -> first paint (%d runs): median %.1f ms, max %.1f ms (library reads: median %.1f ms); "
        "related posts added after %.1f ms (median; their lookup %.1f ms); longest other GUI-thread block "
        "until "
        "then: median %.1f ms, max %.1f ms (CPU: median %.1f ms, max %.1f ms)\n",
        int(toPaint.size()), median(toPaint), *std::max_element(toPaint.cbegin(), toPaint.cend()),
        median(toLoaded), median(toRelated), median(lookups), median(blocked),
        *std::max_element(blocked.cbegin(), blocked.cend()), median(blockedCpu),
        *std::max_element(blockedCpu.cbegin(), blockedCpu.cend()));

    // The long read, images on (placeholders: its pictures are on a host that does not
    // answer), selected after an ordinary article, until its layout is finished and its
    // related posts are in.
    viewer->setLoadImages(true);
    QList<double> longPaint, longComplete, longLayout, longBlocked, longBlockedCpu, longLookups;
    for (int run = 0; run < std::max(3, runs / 3) && longRow >= 0; ++run) {
        select(model.index((longRow + 1 + run) % rows, 0));
        until([&] { return viewer->isComplete() && !viewer->related().isEmpty(); });
        wait(200);
        select(model.index(longRow, 0));
        longPaint << probe.paintedMs;
        until([&] {
            return viewer->isComplete() && !viewer->related().isEmpty() &&
                   timer.elapsed() > qint64(layoutDoneMs) + 500;
        });
        longComplete << completeMs;
        longLayout << layoutDoneMs;
        lag.stop();
        longBlocked << lag.longestMs();
        longBlockedCpu << lag.longestCpuMs();
        longLookups << relatedLookupMs;
    }
    if (longRow >= 0)
        std::printf("long read, select -> first paint (%d runs): median %.1f ms, max %.1f ms; whole page in "
                    "place after %.1f ms, laid out after %.1f ms (medians); longest GUI-thread block from "
                    "select until laid out, apart from the related-posts lookup (median %.1f ms): median "
                    "%.1f ms, max %.1f ms (CPU: median %.1f ms, max %.1f ms)\n",
                    int(longPaint.size()), median(longPaint),
                    *std::max_element(longPaint.cbegin(), longPaint.cend()), median(longComplete),
                    median(longLayout), median(longLookups), median(longBlocked),
                    *std::max_element(longBlocked.cbegin(), longBlocked.cend()), median(longBlockedCpu),
                    *std::max_element(longBlockedCpu.cbegin(), longBlockedCpu.cend()));
    return 0;
}
