/* Stand-in for Windows 10's bcryptprimitives.dll, which Wine 8.0 lacks.
 *
 * Programs built with Rust (uv.exe) import ProcessPrng from it and fail to start without it.
 * ProcessPrng fills a buffer with random bytes; advapi32's RtlGenRandom (SystemFunction036)
 * does the same, but takes a 32-bit length, so large buffers go in chunks.
 * Built by installer/windows_lane.py with mingw-w64; used only in the lane's Wine prefix. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    const SIZE_T chunk_max = 0x10000000;
    while (length > 0) {
        ULONG chunk = (ULONG)(length > chunk_max ? chunk_max : length);
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
