#pragma once

#include <QComboBox>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Ui {

// A site's full-article mode (docs/full-articles.md): Automatic, Feed text or Full article,
// stored with the site's settings through the library as soon as it is chosen.
class FullArticleModeBox : public QComboBox
{
    Q_OBJECT
public:
    explicit FullArticleModeBox(Store::Library &library, QWidget *parent = nullptr);

    // The site whose mode the box shows and changes (0: none, the box is off).
    void setSite(qint64 siteId);
    qint64 siteId() const { return m_siteId; }

private:
    void store();

    Store::Library &m_library;
    qint64 m_siteId = 0;
};

} // namespace Broadsheet::Ui
