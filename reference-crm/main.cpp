#include "reference-crm/commands.h"

#include <cstdlib>
#include <iostream>

namespace {

std::optional<std::string> environment_variable(const std::string& name)
{
    const char* value = std::getenv(name.c_str());
    if (!value)
        return std::nullopt;
    return std::string(value);
}

base::Result<void> run(const refcrm::CommandLine& line)
{
    if (line.command == "migrate")
        return refcrm::run_migrate(line);
    if (line.command == "seed")
        return refcrm::run_seed(line);
    if (line.command == "serve")
        return refcrm::run_serve(line);
    if (line.command == "admin")
        return refcrm::run_admin_command(line);
    if (line.command == "send-mail")
        return refcrm::run_send_mail(line);
    return base::Error("usage", "unknown command '" + line.command + "'");
}

}

int main(int argc, char** argv)
{
    std::vector<std::string> words(argv + 1, argv + argc);
    if (!words.empty() && (words.front() == "--help" || words.front() == "help")) {
        std::cout << refcrm::usage();
        return 0;
    }
    auto line = refcrm::parse_command_line(words, environment_variable);
    auto done = line.ok() ? run(line.value()) : base::Result<void>(line.error());
    if (!done.ok()) {
        std::cerr << "reference-crm: " << done.error().message() << "\n";
        // Admin commands end their message with their own usage line.
        if (done.error().is("usage") && done.error().message().find("usage: ") == std::string::npos)
            std::cerr << refcrm::usage();
        return refcrm::exit_code_for(done.error());
    }
    return 0;
}
