#include "base/log.h"

#include <atomic>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace base::log {

namespace {

std::atomic<Level> g_minimum_level { Level::info };
std::mutex g_write_mutex;

std::string_view level_name(Level level)
{
    switch (level) {
    case Level::debug:
        return "debug";
    case Level::info:
        return "info";
    case Level::warning:
        return "warning";
    case Level::error:
        return "error";
    }
    return "?";
}

std::string utc_timestamp()
{
    std::time_t now = std::time(nullptr);
    std::tm parts {};
    gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

// Log lines must stay one line each, whatever a message carries.
std::string single_line(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return out;
}

}

void set_minimum_level(Level level) { g_minimum_level = level; }

void write(Level level, std::string_view component, std::string_view message)
{
    if (level < g_minimum_level)
        return;
    std::string line = utc_timestamp() + " " + std::string(level_name(level)) + " [" + std::string(component) + "] "
        + single_line(message) + "\n";
    std::lock_guard lock(g_write_mutex);
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
}

}
