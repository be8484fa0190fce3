#pragma once

#include "domain/article.h"
#include "html/htmlpipeline.h"
#include "store/articlequery.h"
#include "ui/viewer/showntext.h"

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace Broadsheet::Images {
class ImageFetcher;
}

namespace Broadsheet::Ui {

struct BuiltPage;
class PageAttachment;

// The rich-text article viewer: a QTextBrowser showing the core pipeline's safe HTML.
// The page is built off the GUI thread (Html::render and the QTextDocument) and swapped in
// when it is ready: a long article's first screen first, then the whole page at the same
// reading position. Images are decoded off the GUI thread too and put in place one by one
// without re-setting the document or moving the reading position.
class ArticleViewer : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleViewer(Images::ImageFetcher &images, QWidget *parent = nullptr);
    ~ArticleViewer() override;

    // Shows the article as soon as its page is built (until then the previous page stays);
    // a page still being built for an earlier call, or before showMessage(), never shows.
    void showArticle(const Article &article, const QList<Store::ArticleRow> &related = {});
    // Shows the article and its related posts after the page has first been painted:
    // loadRelated runs then, and its rows are added at the end of the page without moving
    // the reading position. Ranking them is not part of the wait for the text.
    using RelatedLoader = std::function<QFuture<QList<Store::ArticleRow>>()>;
    // shown: the header's line on which text of the article this is (FullArticleSwitch).
    void showArticle(const Article &article, RelatedLoader loadRelated, const ShownText &shown = {});
    const QList<Store::ArticleRow> &related() const { return m_related; }
    void showMessage(const QString &title, const QString &text);
    qint64 articleId() const { return m_articleId; }               // the article shown or being built
    bool isComplete() const { return m_shown == Shown::Complete; } // all of articleId()'s page is in place

    // A widget read after the article (its comments and the reply form): one scroll with it,
    // shown under each complete page, never under a message or a first screen.
    void setAttachment(QWidget *widget);
    QWidget *attachment() const { return m_attachmentWidget; }
    bool isAttachmentShown() const;
    // Scrolls so that the attachment's top (or the point y inside it) is at the top of the view.
    void scrollToAttachment(int y = 0);
    // Scrolls, once the page has made room for it, so that target (inside the attachment), y
    // pixels into it, is near the top of the view.
    void revealInAttachment(QWidget *target, int y);
    // The header's "N comments" link says count, and a page built again later says it too
    // (in place on a short page, else built again).
    void setCommentCount(int count);
    // The header's Follow toggle says followed (in place on a short page, else built again).
    void setFollowed(bool followed);
    bool isFollowed() const { return m_article.followed; }
    const ShownText &shownText() const { return m_shownText; }
    // The header's line on which text is shown says shown; the text itself stays, and so does
    // the reading position.
    void setShownText(const ShownText &shown);

    void setLoadImages(bool load);
    void setZoom(int steps); // font size steps relative to the default
    int zoom() const { return m_zoom; }

    // Decodes image bytes safely: byte and pixel caps, allocation limit; a null image on refusal.
    // Thread-safe.
    static QImage decodeImage(const QByteArray &bytes, QString *error = nullptr);

Q_SIGNALS:
    void articleLinkActivated(qint64 articleId);
    void commentsLinkActivated();
    // The header's Follow toggle was clicked: follow (or unfollow) the article's conversation.
    void followRequested(qint64 articleId, bool follow);
    // The header's "Show feed text" / "Show full article" (FullArticleHeader::Request).
    void textLinkActivated(const QUrl &url);
    void zoomChanged(int steps);
    // articleId()'s page has been put in place: its first screen (complete == false, more
    // follows) or all of it.
    void pageShown(qint64 articleId, bool complete);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Shown
    {
        Nothing,
        FirstScreen,
        Complete
    }; // of the page asked for last
    // A decoded picture, and the same fitted to a column width.
    struct Picture
    {
        QImage natural;
        QImage fitted;
        int column = 0;
    };

    void build(bool keepPosition);
    void apply(quint64 generation, const BuiltPage &page, bool keepPosition);
    void handleAnchor(const QUrl &url);
    void handleImage(const QUrl &url, const QByteArray &bytes, const QString &error);
    void fetchImages(const QList<Html::ImageRef> &images);
    void placeImage(const QString &resource);
    QImage fitted(const QUrl &url) const;
    static QImage fit(const QImage &image, int naturalWidth, int column, qreal dpr);
    void applyStyle();
    void lookUpRelated();
    void addRelated(const QList<Store::ArticleRow> &rows);
    void insertRelated(QTextDocument *document);
    void present(const Article &article, const QList<Store::ArticleRow> &related, const ShownText &shown);
    void reshow();
    // Changes the header of the page shown in place, keeping the reading position, where edit
    // finds its part on a complete page of up to LiveInsertUpTo characters; else builds the page
    // again from m_article.
    void editHeader(const std::function<bool(QTextDocument *)> &edit);
    int columnWidth() const;
    void fitMeasure();

    Images::ImageFetcher &m_images;
    QWidget *m_attachmentWidget = nullptr;
    PageAttachment *m_attachment = nullptr;
    qint64 m_articleId = 0;
    bool m_loadImages = true;
    bool m_imagesForThisArticle = false; // "never" mode, but the reader clicked an image link
    QSet<QUrl> m_imageLinks;             // in "never" mode: the links that stand for images
    int m_zoom = 0;
    Article m_article;
    ShownText m_shownText;
    QList<Store::ArticleRow> m_related;
    RelatedLoader m_loadRelated;  // until the related posts are looked up
    quint64 m_relatedRequest = 0; // bumps with every article or message shown
    QTimer m_relatedTimer;
    QTimer m_refitTimer;   // the column changed width: pictures and galleries are fitted again
    int m_builtColumn = 0; // the column width the page was built for
    // The page asked for last; workers building an older one give up when they see it.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    Shown m_shown = Shown::Nothing;
    QHash<QString, Html::ImageRef> m_imagesByResource; // resource name → image of this article
    QHash<QUrl, Picture> m_decoded;                    // pictures of this article
    QSet<QUrl> m_decoding;                             // on their way through a worker
};

} // namespace Broadsheet::Ui
