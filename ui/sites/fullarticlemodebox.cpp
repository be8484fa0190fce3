#include "ui/sites/fullarticlemodebox.h"

#include "store/library.h"

namespace Broadsheet::Ui {

FullArticleModeBox::FullArticleModeBox(Store::Library &library, QWidget *parent)
    : QComboBox(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("fullArticleMode"));
    addItem(tr("Automatic (the full article when the feed has only an excerpt)"),
            toString(FullArticleMode::Automatic));
    addItem(tr("Feed text"), toString(FullArticleMode::FeedText));
    addItem(tr("Full article"), toString(FullArticleMode::FullArticle));
    setEnabled(false);
    connect(this, &QComboBox::activated, this, &FullArticleModeBox::store);
}

void FullArticleModeBox::setSite(qint64 siteId)
{
    const auto site = siteId > 0 ? m_library.sites().site(siteId) : std::nullopt;
    m_siteId = site ? siteId : 0;
    setEnabled(site.has_value());
    if (site)
        setCurrentIndex(std::max(0, findData(toString(site->fullArticleMode))));
}

void FullArticleModeBox::store()
{
    auto site = m_library.sites().site(m_siteId);
    if (!site)
        return;
    site->fullArticleMode = fullArticleModeFromString(currentData().toString());
    m_library.updateSite(*site);
}

} // namespace Broadsheet::Ui
