#pragma once

#include "reference-crm/command_line.h"

namespace refcrm {

base::Result<void> run_migrate(const CommandLine& line);
base::Result<void> run_seed(const CommandLine& line);
base::Result<void> run_serve(const CommandLine& line);
base::Result<void> run_admin_command(const CommandLine& line);

// The process exit code for a failed command: 2 for bad arguments, 1 otherwise.
int exit_code_for(const base::Error& error);
base::Result<void> run_send_mail(const CommandLine& line);

}
