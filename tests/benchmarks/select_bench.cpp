// Select → first paint: an article chosen in the list until the viewer has painted its text
// (images off: they arrive later and are not part of this figure). Builds a library of
// generated articles (5–20 KB bodies), shows the real article list pane and viewer side by
// side (offscreen), then for each of RUNS articles: setCurrentIndex → load the article from the
// library → ArticleViewer::showArticle → the viewport's paint event. This is what
// MainWindow::openArticle does on a selection change; the related posts are looked up after
// that first paint and added at the end of the page (timed separately).
//
//   select_bench [--articles N] [--runs RUNS]

#include "benchtext.h"
#include "images/imagefetcher.h"
#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/profile.h"
#include "store/articlestore.h"
#include "store/library.h"
#include "store/sitestore.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/viewer/articleviewer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
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

// Records when the watched widget has painted.
// When the viewport's paint has finished: the filter delivers the paint event itself (it is
// inside the widget's repaint already) and notes the time after it.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    {}
    bool painted = false;
    double paintedMs = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return QObject::eventFilter(watched, event);
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        if (!painted)
            paintedMs = double(m_clock.nsecsElapsed()) / 1e6;
        painted = true;
        return true;
    }

private:
    const QElapsedTimer &m_clock;
    bool m_inside = false;
};

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
            error = stored.error;
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("library: %d articles, bodies %.1f KB on average\n", total, double(bytes) / total / 1024);

    Models::ArticleListModel model(library);
    model.setQuery({});
    Images::ImageFetcher images(session.network());
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *pane = new Ui::ArticleListPane(model, images, &window);
    auto *viewer = new Ui::ArticleViewer(images, &window);
    viewer->setLoadImages(false);
    layout->addWidget(pane, 1);
    layout->addWidget(viewer, 2);
    window.resize(1280, 800);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer timer;
    double loadMs = 0;
    QObject::connect(pane->view()->selectionModel(), &QItemSelectionModel::currentChanged, viewer,
                     [&](const QModelIndex &current) {
                         const qint64 id = current.data(Models::ArticleListModel::IdRole).toLongLong();
                         const auto article = library.articles().article(id);
                         loadMs = double(timer.nsecsElapsed()) / 1e6;
                         if (article)
                             viewer->showArticle(
                                 *article, [&library, id] { return library.articles().related(id, 5); });
                     });
    PaintProbe probe(timer);
    viewer->viewport()->installEventFilter(&probe);

    QList<double> toPaint, toLoaded, toRelated;
    const int rows = model.rowCount();
    for (int run = 0; run < runs && rows > 0; ++run) {
        const QModelIndex index = model.index((run * 37) % rows, 0);
        probe.painted = false;
        timer.start();
        pane->view()->setCurrentIndex(index);
        while (!probe.painted && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        toPaint << probe.paintedMs;
        toLoaded << loadMs;
        while (viewer->related().isEmpty() && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        toRelated << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf(
        "select -> first paint (%d runs): median %.1f ms, max %.1f ms (library reads: median %.1f ms); "
        "related posts added after %.1f ms (median)\n",
        int(toPaint.size()), median(toPaint), *std::max_element(toPaint.cbegin(), toPaint.cend()),
        median(toLoaded), median(toRelated));
    return 0;
}
