#pragma once

#include <string>
#include <vector>

namespace portal {

// What is wrong with the language files under ROOT/lang, one readable line
// each: files that do not parse, keys a translation lacks (its pages show
// English there) or has in excess (a typo), and words the templates of
// ROOT/themes use that en_us.lang does not define. Empty when all is well.
std::vector<std::string> check_catalogs(const std::string& root);

}
