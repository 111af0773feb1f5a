#include "reference-crm/storage/database.h"

#include "base/strings.h"

#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>
#include <mysql_driver.h>

#include <mutex>

namespace refcrm::storage {

namespace {

base::Error query_error(const sql::SQLException& exception)
{
    return base::Error("db.query",
        "database error " + std::to_string(exception.getErrorCode()) + ": " + std::string(exception.what()));
}

sql::mysql::MySQL_Driver* driver()
{
    // The connector's driver singleton is not safe to create concurrently.
    static std::once_flag created;
    static sql::mysql::MySQL_Driver* instance = nullptr;
    std::call_once(created, [] { instance = sql::mysql::get_mysql_driver_instance(); });
    return instance;
}

sql::ConnectOptionsMap connect_options(const DatabaseOptions& options, bool use_schema)
{
    sql::ConnectOptionsMap map;
    map["hostName"] = sql::SQLString("tcp://" + options.address());
    map["userName"] = sql::SQLString(options.user);
    map["password"] = sql::SQLString(options.password);
    if (use_schema)
        map["schema"] = sql::SQLString(options.name);
    map["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
    map["OPT_CONNECT_TIMEOUT"] = 5;
    map["OPT_RECONNECT"] = true;
    return map;
}

void bind(sql::PreparedStatement& statement, const std::vector<Param>& params)
{
    for (std::size_t i = 0; i < params.size(); ++i) {
        auto index = static_cast<unsigned int>(i + 1);
        if (const auto* text = std::get_if<std::string>(&params[i]))
            statement.setString(index, *text);
        else if (const auto* number = std::get_if<std::int64_t>(&params[i]))
            statement.setInt64(index, *number);
        else
            statement.setNull(index, 0);
    }
}

Rows read_rows(sql::ResultSet& result)
{
    Rows rows;
    unsigned int columns = result.getMetaData()->getColumnCount();
    while (result.next()) {
        std::vector<std::optional<std::string>> cells;
        cells.reserve(columns);
        for (unsigned int column = 1; column <= columns; ++column) {
            if (result.isNull(column))
                cells.emplace_back(std::nullopt);
            else
                cells.emplace_back(result.getString(column).asStdString());
        }
        rows.emplace_back(std::move(cells));
    }
    return rows;
}

}

std::optional<std::int64_t> Row::integer(std::size_t column) const
{
    const auto& cell = m_cells.at(column);
    if (!cell)
        return std::nullopt;
    return base::parse_int(*cell);
}

Connection::Connection(std::unique_ptr<sql::Connection> connection)
    : m_connection(std::move(connection))
{
}

Connection::~Connection() = default;

base::Result<std::unique_ptr<Connection>> Connection::open(const DatabaseOptions& options, bool use_schema)
{
    try {
        auto map = connect_options(options, use_schema);
        std::unique_ptr<sql::Connection> connection(driver()->connect(map));
        return std::unique_ptr<Connection>(new Connection(std::move(connection)));
    } catch (const sql::SQLException& exception) {
        return base::Error("db.connect", "cannot connect to MariaDB at " + options.address() + ": " + exception.what());
    }
}

base::Result<void> Connection::execute(const std::string& statement)
{
    try {
        std::unique_ptr<sql::Statement> plain(m_connection->createStatement());
        plain->execute(statement);
        return {};
    } catch (const sql::SQLException& exception) {
        return query_error(exception);
    }
}

base::Result<Rows> Connection::query(const std::string& statement, const std::vector<Param>& params)
{
    try {
        std::unique_ptr<sql::PreparedStatement> prepared(m_connection->prepareStatement(statement));
        bind(*prepared, params);
        std::unique_ptr<sql::ResultSet> result(prepared->executeQuery());
        return read_rows(*result);
    } catch (const sql::SQLException& exception) {
        return query_error(exception);
    }
}

base::Result<std::uint64_t> Connection::update(const std::string& statement, const std::vector<Param>& params)
{
    try {
        std::unique_ptr<sql::PreparedStatement> prepared(m_connection->prepareStatement(statement));
        bind(*prepared, params);
        return static_cast<std::uint64_t>(prepared->executeUpdate());
    } catch (const sql::SQLException& exception) {
        return query_error(exception);
    }
}

base::Result<std::int64_t> Connection::insert(const std::string& statement, const std::vector<Param>& params)
{
    TRY(update(statement, params));
    Rows rows = TRY(query("SELECT LAST_INSERT_ID()"));
    auto id = rows.empty() ? std::nullopt : rows.front().integer(0);
    if (!id)
        return base::Error("db.query", "no id after insert");
    return *id;
}

base::Result<void> Connection::begin()
{
    try {
        m_connection->setAutoCommit(false);
        return {};
    } catch (const sql::SQLException& exception) {
        return query_error(exception);
    }
}

base::Result<void> Connection::commit()
{
    try {
        m_connection->commit();
        m_connection->setAutoCommit(true);
        return {};
    } catch (const sql::SQLException& exception) {
        return query_error(exception);
    }
}

void Connection::rollback()
{
    try {
        m_connection->rollback();
        m_connection->setAutoCommit(true);
    } catch (const sql::SQLException&) {
        // The connection is broken; the next statement reports it.
    }
}

base::Result<void> in_transaction(Connection& db, const std::function<base::Result<void>()>& work)
{
    TRY(db.begin());
    auto done = work();
    if (!done.ok()) {
        db.rollback();
        return done;
    }
    return db.commit();
}

base::Result<std::string> quote_identifier(std::string_view name)
{
    if (name.empty() || name.size() > 64)
        return base::Error("db.name", "invalid database name '" + std::string(name) + "'");
    for (char c : name) {
        bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!allowed)
            return base::Error("db.name", "invalid database name '" + std::string(name) + "' (use letters, digits, _)");
    }
    return "`" + std::string(name) + "`";
}

}
