"""Trap 3 for capture.py: dpctl builds a program from SPIR-V through OpenCL and hands SYCL
only the native handle; with an argument, dpnp then runs kernels the SYCL runtime builds."""

import sys

import dpctl
import dpctl.program

queue = dpctl.SyclQueue()
with open(sys.argv[1], "rb") as f:
    program = dpctl.program.create_program_from_spirv(queue, f.read())
print("interop program has kernel add:", program.has_sycl_kernel("add"))
if len(sys.argv) > 2:
    import dpnp

    x = dpnp.arange(1024, dtype="f4", sycl_queue=queue)
    print("sum:", float(dpnp.sum(x)))
