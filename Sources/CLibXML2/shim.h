// Debian's libxml2 is built with ICU; its ICU declarations clash with Foundation's own copy of ICU.
// ReviewLens never touches encoder internals, so the ICU parts of libxml2's headers are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
