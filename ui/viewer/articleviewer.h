#pragma once

#include "domain/article.h"
#include "html/htmlpipeline.h"
#include "store/articlequery.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

namespace Broadsheet::Images {
class ImageFetcher;
}

namespace Broadsheet::Ui {

// The rich-text article viewer: a QTextBrowser showing the core pipeline's safe HTML.
// Images arrive one by one and are put in place without re-setting the document or
// moving the reading position.
class ArticleViewer : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleViewer(Images::ImageFetcher &images, QWidget *parent = nullptr);

    void showArticle(const Article &article, const QList<Store::ArticleRow> &related = {});
    // Shows the article at once and its related posts after the page has first been painted:
    // loadRelated runs then, and its rows are added at the end of the page without moving
    // the reading position. Ranking them is not part of the wait for the text.
    using RelatedLoader = std::function<QList<Store::ArticleRow>()>;
    void showArticle(const Article &article, RelatedLoader loadRelated);
    const QList<Store::ArticleRow> &related() const { return m_related; }
    void showMessage(const QString &title, const QString &text);
    qint64 articleId() const { return m_articleId; }

    void setLoadImages(bool load);
    void setZoom(int steps); // font size steps relative to the default
    int zoom() const { return m_zoom; }

    // Decodes image bytes safely: byte and pixel caps, allocation limit; a null image on refusal.
    static QImage decodeImage(const QByteArray &bytes, QString *error = nullptr);

Q_SIGNALS:
    void articleLinkActivated(qint64 articleId);
    void zoomChanged(int steps);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void handleAnchor(const QUrl &url);
    void handleImage(const QUrl &url, const QByteArray &bytes, const QString &error);
    void placeImage(const QString &resource);
    QImage fitted(const QImage &image, int naturalWidth) const;
    void applyStyle();
    void addRelated();
    void reshow();
    int columnWidth() const;

    Images::ImageFetcher &m_images;
    qint64 m_articleId = 0;
    bool m_loadImages = true;
    bool m_imagesForThisArticle = false; // "never" mode, but the reader clicked an image link
    QSet<QUrl> m_imageLinks;             // in "never" mode: the links that stand for images
    int m_zoom = 0;
    Article m_article;
    QList<Store::ArticleRow> m_related;
    RelatedLoader m_loadRelated; // until the related posts are added
    QTimer m_relatedTimer;
    QHash<QString, Html::ImageRef> m_imagesByResource; // resource name → image of this article
    QHash<QUrl, QImage> m_decoded;                     // natural-size images of this article
};

} // namespace Broadsheet::Ui
