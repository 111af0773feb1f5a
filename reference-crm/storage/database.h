#pragma once

#include "base/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sql {
class Connection;
}

namespace refcrm::storage {

struct DatabaseOptions {
    std::string host = "127.0.0.1";
    int port = 3306;
    std::string user = "root";
    std::string password;
    std::string name = "refcrm";

    std::string address() const { return host + ":" + std::to_string(port); }
};

// A bound parameter of a prepared statement.
using Param = std::variant<std::nullptr_t, std::int64_t, std::string>;

// One result row; every column as text (NULL as nullopt), as the API emits
// text anyway.
class Row {
public:
    explicit Row(std::vector<std::optional<std::string>> cells)
        : m_cells(std::move(cells))
    {
    }
    const std::optional<std::string>& at(std::size_t column) const { return m_cells.at(column); }
    std::string text(std::size_t column) const { return m_cells.at(column).value_or(""); }
    std::optional<std::int64_t> integer(std::size_t column) const;
    std::size_t size() const { return m_cells.size(); }

private:
    std::vector<std::optional<std::string>> m_cells;
};

using Rows = std::vector<Row>;

// One MariaDB connection (MySQL Connector/C++ lives only in this folder).
// Every statement with values is a prepared statement; connector exceptions
// become base::Error ("db.query") with the server's message.
class Connection {
public:
    // With use_schema false, connects without selecting the database (to
    // create it).
    static base::Result<std::unique_ptr<Connection>> open(const DatabaseOptions& options, bool use_schema = true);
    ~Connection();

    base::Result<void> execute(const std::string& statement);
    base::Result<Rows> query(const std::string& statement, const std::vector<Param>& params = {});
    // Returns the number of affected rows.
    base::Result<std::uint64_t> update(const std::string& statement, const std::vector<Param>& params = {});
    // Runs an INSERT and returns the new AUTO_INCREMENT id.
    base::Result<std::int64_t> insert(const std::string& statement, const std::vector<Param>& params);

    base::Result<void> begin();
    base::Result<void> commit();
    void rollback();

private:
    explicit Connection(std::unique_ptr<sql::Connection> connection);

    std::unique_ptr<sql::Connection> m_connection;
};

// Runs work between begin() and commit(); an error rolls everything back.
base::Result<void> in_transaction(Connection& db, const std::function<base::Result<void>()>& work);

// Backtick-quotes an identifier after checking it is [A-Za-z0-9_]+ (database
// names cannot be bound as parameters).
base::Result<std::string> quote_identifier(std::string_view name);

}
