#include "store/searchtext.h"

#include "html/plaintext.h"

#include <sqlite3.h>

namespace Broadsheet::Store {

namespace {

QString argumentText(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QString::fromUtf8(text, sqlite3_value_bytes(value));
}

void searchBodyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3) {
        sqlite3_result_error(context, "broadsheet_search_body() takes 3 arguments", -1);
        return;
    }
    const QByteArray body =
        searchBody(argumentText(argv[0]), argumentText(argv[1]), argumentText(argv[2])).toUtf8();
    sqlite3_result_text(context, body.constData(), int(body.size()), SQLITE_TRANSIENT);
}

} // namespace

QString searchBody(QStringView contentHtml, QStringView summaryHtml, QStringView joinedCategories)
{
    return searchBodyFromPlainText(Html::toPlainText(contentHtml.isEmpty() ? summaryHtml : contentHtml),
                                   joinedCategories);
}

QString searchBodyFromPlainText(QStringView plainBody, QStringView joinedCategories)
{
    QString body = plainBody.toString();
    if (!joinedCategories.isEmpty()) {
        body.append(QLatin1Char(' ')).append(joinedCategories);
        body.replace(QChar(0x1F), QLatin1Char(' '));
    }
    return body;
}

bool registerSearchFunctions(sqlite3 *db)
{
    // Deterministic and innocuous: usable in the view and the triggers of the schema.
    return db && sqlite3_create_function_v2(db, "broadsheet_search_body", 3,
                                            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                            searchBodyFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace Broadsheet::Store
