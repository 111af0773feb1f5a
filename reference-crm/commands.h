#pragma once

#include "reference-crm/command_line.h"

namespace refcrm {

base::Result<void> run_migrate(const CommandLine& line);
base::Result<void> run_seed(const CommandLine& line);
base::Result<void> run_serve(const CommandLine& line);
base::Result<void> run_send_mail(const CommandLine& line);

}
