/* Stand-in for Windows 10's system ICU (icuuc.dll), which Wine 8.0 lacks.
 *
 * PySide6's Qt6Core.dll imports these ucnv_* functions, so it does not load without the DLL.
 * Every converter open fails (the error code is set, NULL is returned) and no converter is
 * listed, so Qt falls back to its built-in UTF-8, UTF-16 and Latin-1 codecs. The other
 * functions are never reached with a converter; they do nothing safely.
 * Built by installer/windows_lane.py with mingw-w64; used only in the lane's Wine prefix. */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static void set_error(UErrorCode *error)
{
    if (error != NULL && *error <= 0)
        *error = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *error) { (void)name; set_error(error); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *error) { (void)cnv; set_error(error); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context)
{ (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *error)
{ (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context; set_error(error); }
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context)
{ (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *error)
{ (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context; set_error(error); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length, int32_t offset,
                                  UErrorCode *error)
{ (void)args; (void)source; (void)length; (void)offset; set_error(error); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *limit,
                                    int32_t offset, UErrorCode *error)
{ (void)args; (void)source; (void)limit; (void)offset; set_error(error); }
EXPORT void ucnv_toUnicode(void *cnv, uint16_t **target, const uint16_t *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *error)
{ (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
  set_error(error); }
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit, const uint16_t **source,
                             const uint16_t *source_limit, int32_t *offsets, int8_t flush, UErrorCode *error)
{ (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
  set_error(error); }
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *error) { (void)cnv; set_error(error); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *error) { (void)cnv; set_error(error); return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error)
{ (void)name; (void)standard; set_error(error); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const uint16_t *code_units,
                                            int32_t length, int32_t code_point, int reason, UErrorCode *error)
{ (void)context; (void)args; (void)code_units; (void)length; (void)code_point; (void)reason; set_error(error); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *code_units,
                                          int32_t length, int reason, UErrorCode *error)
{ (void)context; (void)args; (void)code_units; (void)length; (void)reason; set_error(error); }
