#pragma once

#include <string_view>

namespace base::log {

enum class Level { debug, info, warning, error };

// Thread-safe, one line per call on stderr:
// "2026-11-24T10:00:00Z warning [crm] cannot reach the CRM at …".
void set_minimum_level(Level level);
void write(Level level, std::string_view component, std::string_view message);

inline void debug(std::string_view component, std::string_view message) { write(Level::debug, component, message); }
inline void info(std::string_view component, std::string_view message) { write(Level::info, component, message); }
inline void warning(std::string_view component, std::string_view message) { write(Level::warning, component, message); }
inline void error(std::string_view component, std::string_view message) { write(Level::error, component, message); }

}
