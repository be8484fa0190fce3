#pragma once

#include <QDialog>

namespace Broadsheet::Ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Broadsheet::Ui
