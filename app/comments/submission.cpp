#include "comments/submission.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Broadsheet::Comments {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Comments", text);
}
} // namespace

bool isValidEmail(const QString &email)
{
    // WordPress's is_email(): local@domain, domain with at least one dot, no leading/trailing dots or
    // hyphens.
    static const QRegularExpression pattern(
        QStringLiteral("^[a-zA-Z0-9!#$%&'*+/"
                       "=?^_`{|}~.-]+@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z0-9](?:[a-zA-Z0-"
                       "9-]*[a-zA-Z0-9])?$"));
    return email.size() >= 6 && pattern.match(email).hasMatch();
}

QList<FieldError> validate(const Submission &s, bool requireIdentity)
{
    QList<FieldError> errors;
    const QString name = s.name.trimmed();
    const QString email = s.email.trimmed();
    const QString website = s.website.trimmed();
    if (requireIdentity && name.isEmpty())
        errors.append({Field::Name, tr("Please enter your name.")});
    else if (name.size() > 245)
        errors.append({Field::Name, tr("Your name is too long (at most 245 characters).")});
    if (requireIdentity && email.isEmpty())
        errors.append({Field::Email, tr("Please enter your email address.")});
    else if (email.size() > 100)
        errors.append({Field::Email, tr("Your email address is too long (at most 100 characters).")});
    else if (!email.isEmpty() && !isValidEmail(email))
        errors.append({Field::Email, tr("Please enter a valid email address.")});
    if (website.size() > 200) {
        errors.append({Field::Website, tr("The website address is too long (at most 200 characters).")});
    } else if (!website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(website);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            errors.append(
                {Field::Website, tr("Please enter a web address starting with http:// or https://.")});
    }
    if (s.text.trimmed().isEmpty())
        errors.append({Field::Text, tr("Please type your comment.")});
    else if (s.text.toUtf8().size() > 65525)
        errors.append({Field::Text, tr("Your comment is too long (at most 65,525 bytes).")});
    return errors;
}

} // namespace Broadsheet::Comments
