<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Badge</name>
    <message>
        <source>AOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildPage</name>
    <message>
        <source>several minutes (reported for similar GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a build without native code for your GPU?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no AOT code for your GPU. Its kernels will be compiled the first time each one is used, which is expected to take: %1. Later runs are fast if the cache is kept. Install it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build could not be chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the right build...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No build fits this GPU, operating system and Python. The reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support mode: what this tool would choose for that computer. Nothing will be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended build is selected. You may choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds not chosen, and why (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native code for your GPU is included (matched device: %1). Programs start without compiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No native code for your GPU: kernels are compiled on first use. Expected first-run wait: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure this is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Intel has archived Intel Extension for PyTorch (IPEX). It gets no more fixes and has known security issues. Upstream PyTorch XPU (the last channel) is the maintained path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PyTorch build for your GPU, and whether it has native (AOT) code for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPEX version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPEX version (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PyTorch version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch version (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the build again with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Builds that fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (from the planner):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>Free space: %1; needed: about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space: %1 free, about %2 needed. Choose another drive or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what will change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the environment folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Python %1 for this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to install, with which Python, and how to reach the download servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the environment folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (or http://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in this environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change in this environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the support bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support bundle could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your environment is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the environment in a terminal, then run Python as usual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash (Linux):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation command for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT cache (kernels compiled on first use are kept here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep compiled kernels between runs, set SYCL_CACHE_PERSISTENT=1. To move the cache, set SYCL_CACHE_DIR to a folder whose path has only English letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;support bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the environment folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuCard</name>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU IP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOT device names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Intel GPUs can be used by this installer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>The details were copied; paste them into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware check failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at your graphics hardware...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display adapter was found. Check that the GPU driver is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Intel GPU was found. This installer only helps with Intel GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support mode: the hardware of another computer, read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the GPU to install for. The recommended one is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graphics adapters on this computer and their drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings from the hardware check (as reported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hardware details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hardware again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Stop the installation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation will be stopped and the changes made so far will be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping and undoing the changes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4, %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing. Large files may take a while on a slow connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation was stopped and the changes were undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation failed and the changes were undone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading and installing the selected build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current file progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the installation and undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the installation again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <source>IPEX AOT Installer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support bundle or probe file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundles and probe files (*.zip *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Discrete graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other display adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the latest Intel graphics driver from intel.com, then run this installer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kernel driver is bound to this GPU. Install the Intel GPU driver (on Linux, a kernel with the i915 or xe driver for it), restart, and run this installer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver version could not be read; if PyTorch cannot see the GPU later, update the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by Intel&apos;s PyTorch builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works, but only with compilation on first use (JIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by PyTorch XPU builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPEX (official or community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPEX, official Intel builds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPEX, community builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch XPU only (no IPEX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOT: native code for your GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT: compiled on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented by the publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred, not documented: the test after installing will tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known for sure: the test after installing will tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOT: native code was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT: kernels were compiled on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: some native code, some compiled on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached: kernels came from an earlier compilation (JIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the runtime gave no clear evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU: PyTorch could not see an Intel GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your GPU ran code that was compiled for it in advance, so programs start without a wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU code was compiled from an intermediate form when first used. It works, but the first run of each program can take minutes; later runs reuse the cache if it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the code was native and part was compiled on first use; expect some first-run waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernels came from the persistent cache: they were compiled (JIT) on an earlier run, not in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime did not show whether native code or compilation was used. See the evidence and the advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch started but found no Intel GPU. Check the driver and, on Linux, access to /dev/dri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test could not finish. See the advice below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or download Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check installed versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the environment in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new environment will be created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an existing environment: it will be updated, and restored if anything fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder has files but is not a Python environment. Choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Testing the GPU in the new environment... (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was stopped. Kernels compiled so far stay in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short GPU test shows whether native (AOT) code runs or kernels are compiled (JIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime is compiling kernels (JIT): this build has no native code for your GPU. The first run can take minutes. You may stop the test now, or let it finish to fill the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (lines printed by the SYCL runtime):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice (from the test):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the GPU test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the GPU test again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install PyTorch for your Intel GPU, with native code where it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installer finds the PyTorch build (with or without Intel Extension for PyTorch) whose ahead-of-time (AOT) compiled code covers your Intel GPU, installs it into a Python virtual environment, and then proves with a short test whether your GPU runs native code or compiles it on first use (JIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: check your hardware, choose a build, choose where to install, install, test, and finish. Nothing is changed on your computer before the Install step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff: open a support bundle or a probe JSON file from another computer to see its hardware and the build this tool would choose for it. Nothing is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;support file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support bundle or probe file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems? See the &lt;a href=&quot;%1&quot;&gt;troubleshooting notes&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
