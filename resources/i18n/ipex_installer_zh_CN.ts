<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside the installer: %1. Details were written to %2.</source>
        <translation>安装程序内部出错：%1。详细信息已写入 %2。</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>AOT</source>
        <translation>AOT</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>JIT</translation>
    </message>
</context>
<context>
    <name>BuildPage</name>
    <message>
        <source>(recommended)</source>
        <translation>（推荐）</translation>
    </message>
    <message>
        <source>The build could not be chosen:</source>
        <translation>无法选出合适的构建：</translation>
    </message>
    <message>
        <source>The hardware check has not finished; go back to the Hardware page.</source>
        <translation>硬件检测尚未完成，请返回“硬件”页。</translation>
    </message>
    <message>
        <source>Finding the right build...</source>
        <translation>正在查找合适的构建……</translation>
    </message>
    <message>
        <source>No build has the versions you entered: clear them, or enter others and press Update. The reasons:</source>
        <translation>没有构建符合您填写的版本：请清空版本，或改填其他版本后点击“更新”。原因如下：</translation>
    </message>
    <message>
        <source>No build fits this GPU, operating system and Python. The reasons:</source>
        <translation>没有适合此 GPU、操作系统和 Python 的构建。原因如下：</translation>
    </message>
    <message>
        <source>You chose another build than the recommended one (marked in the list).</source>
        <translation>您选择的不是推荐的构建（推荐的构建已在列表中标出）。</translation>
    </message>
    <message>
        <source>The recommended build is selected. You may choose another one.</source>
        <translation>已选中推荐的构建，您也可以另选。</translation>
    </message>
    <message>
        <source>Builds not chosen, and why (%1)</source>
        <translation>未选用的构建及原因（%1）</translation>
    </message>
    <message>
        <source>Native code for your GPU is included (matched device: %1). Programs start without compiling.</source>
        <translation>包含针对您 GPU 的原生代码（匹配的设备：%1）。程序启动时无需编译。</translation>
    </message>
    <message>
        <source>5 to 10 minutes (reported by users of similar GPUs)</source>
        <translation>5 到 10 分钟（同类 GPU 用户报告的数值）</translation>
    </message>
    <message>
        <source>No native code for your GPU: kernels are compiled on first use. Expected first-run wait: %1.</source>
        <translation>不含针对您 GPU 的原生代码：核函数在首次使用时编译。首次运行预计等待：%1。</translation>
    </message>
    <message>
        <source>How sure this is: %1</source>
        <translation>可靠程度：%1</translation>
    </message>
    <message>
        <source>Note: Intel has archived Intel Extension for PyTorch (IPEX). It gets no more fixes and has known security issues. Upstream PyTorch XPU (the last channel) is the maintained path.</source>
        <translation>注意：英特尔已将 Intel Extension for PyTorch（IPEX）归档，它不再获得修复，且存在已知的安全问题。仍在维护的是上游 PyTorch XPU（最后一个渠道）。</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>The PyTorch build for your GPU, and whether it has native (AOT) code for it.</source>
        <translation>适合您 GPU 的 PyTorch 构建，以及它是否带有该 GPU 的原生（AOT）代码。</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>&amp;IPEX version:</source>
        <translation>IPEX 版本(&amp;I)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>IPEX version (optional)</source>
        <translation>IPEX 版本（可选）</translation>
    </message>
    <message>
        <source>&amp;PyTorch version:</source>
        <translation>PyTorch 版本(&amp;P)：</translation>
    </message>
    <message>
        <source>PyTorch version (optional)</source>
        <translation>PyTorch 版本（可选）</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Choose the build again with these settings</source>
        <translation>按这些设置重新选择构建</translation>
    </message>
    <message>
        <source>Builds that &amp;fit:</source>
        <translation>适用的构建(&amp;F)：</translation>
    </message>
    <message>
        <source>Builds that fit</source>
        <translation>适用的构建</translation>
    </message>
    <message>
        <source>Why (from the planner):</source>
        <translation>原因（来自规划程序）：</translation>
    </message>
    <message>
        <source>Selected build</source>
        <translation>选中的构建</translation>
    </message>
    <message>
        <source>Builds not chosen, and why</source>
        <translation>未选用的构建及原因</translation>
    </message>
    <message>
        <source>Confirm installing a build that compiles kernels on first use</source>
        <translation>确认安装首次使用时才编译核函数的构建</translation>
    </message>
    <message>
        <source>PyTorch {torch} with Intel Extension for PyTorch {ipex}, for Python {python}</source>
        <translation>PyTorch {torch} 加 Intel Extension for PyTorch {ipex}，适用于 Python {python}</translation>
    </message>
    <message>
        <source>PyTorch {torch} for Intel GPUs (XPU), for Python {python}</source>
        <translation>适用于英特尔 GPU 的 PyTorch {torch}（XPU），适用于 Python {python}</translation>
    </message>
    <message>
        <source>Support mode: the build this version would choose for that computer; nothing will be installed. The plan saved in the bundle chose {build}.</source>
        <translation>支持模式：本版本会为那台电脑选择的构建；不会安装任何内容。支持包中保存的方案选择的是 {build}。</translation>
    </message>
    <message>
        <source>Support mode: the build this version would choose for that computer; nothing will be installed.</source>
        <translation>支持模式：本版本会为那台电脑选择的构建；不会安装任何内容。</translation>
    </message>
    <message>
        <source>Recommended build</source>
        <translation>推荐的构建</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: channel, versions, other builds</source>
        <translation>高级：渠道、版本、其他构建(&amp;V)</translation>
    </message>
    <message>
        <source>Use the &amp;maintained PyTorch XPU instead</source>
        <translation>改用仍在维护的 PyTorch XPU(&amp;M)</translation>
    </message>
    <message>
        <source>Choose again among upstream PyTorch XPU builds</source>
        <translation>在上游 PyTorch XPU 构建中重新选择</translation>
    </message>
    <message>
        <source>I understand: the first run of each program waits while kernels compile.</source>
        <translation>我了解：每个程序第一次运行时都要等待核函数编译。</translation>
    </message>
</context>
<context>
    <name>CommandRows</name>
    <message>
        <source>Command Prompt:</source>
        <translation>命令提示符：</translation>
    </message>
    <message>
        <source>PowerShell:</source>
        <translation>PowerShell：</translation>
    </message>
    <message>
        <source>bash:</source>
        <translation>bash：</translation>
    </message>
    <message>
        <source>Activation command for %1</source>
        <translation>%1 的激活命令</translation>
    </message>
    <message>
        <source>Copy the command for %1</source>
        <translation>复制 %1 的命令</translation>
    </message>
    <message>
        <source>Variables for %1</source>
        <translation>%1 的环境变量</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the variables for %1</source>
        <translation>复制 %1 的环境变量</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>The proxy must start with http://, https:// or socks5://.</source>
        <translation>代理地址必须以 http://、https:// 或 socks5:// 开头。</translation>
    </message>
    <message>
        <source>The proxy address has no host name.</source>
        <translation>代理地址中缺少主机名。</translation>
    </message>
    <message>
        <source>Free space: %1; needed: about %2.</source>
        <translation>可用空间：%1；需要：约 %2。</translation>
    </message>
    <message>
        <source>Not enough free space: %1 free, about %2 needed. Choose another drive or free some space.</source>
        <translation>可用空间不足：剩余 %1，约需 %2。请换一个磁盘，或先清理出一些空间。</translation>
    </message>
    <message>
        <source>Checking what will change...</source>
        <translation>正在检查将会发生哪些变更……</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Some packages of the planned build were replaced or removed here: %1. Repair puts back exactly the planned versions.</source>
        <translation>此环境中计划构建的部分软件包已被替换或删除：%1。“修复”会准确恢复计划的版本。</translation>
    </message>
    <message>
        <source>Repairing...</source>
        <translation>正在修复……</translation>
    </message>
    <message>
        <source>Repaired: %1.</source>
        <translation>已修复：%1。</translation>
    </message>
    <message>
        <source>Nothing needed repair.</source>
        <translation>无需修复。</translation>
    </message>
    <message>
        <source>Choose the environment folder</source>
        <translation>选择环境所在的文件夹</translation>
    </message>
    <message>
        <source>+ added   ~ changed   = kept   ? version chosen while installing</source>
        <translation>+ 新增   ~ 变更   = 保持不变   ? 安装时确定版本</translation>
    </message>
    <message>
        <source>Nothing in this environment will change.</source>
        <translation>此环境中不会有任何变更。</translation>
    </message>
    <message>
        <source>Python %1, found or downloaded automatically</source>
        <translation>Python %1（自动查找或下载）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>Where to install, with which Python, and how to reach the download servers.</source>
        <translation>安装位置、所用的 Python，以及如何连接下载服务器。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Environment folder</source>
        <translation>环境文件夹</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>浏览(&amp;W)...</translation>
    </message>
    <message>
        <source>Browse for the environment folder</source>
        <translation>浏览并选择环境文件夹</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>Python(&amp;Y)：</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python 解释器</translation>
    </message>
    <message>
        <source>&amp;Download servers:</source>
        <translation>下载服务器(&amp;D)：</translation>
    </message>
    <message>
        <source>Download servers</source>
        <translation>下载服务器</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>&amp;Other mirrors:</source>
        <translation>其他镜像(&amp;O)：</translation>
    </message>
    <message>
        <source>optional: HOST=URL, e.g. github.com=https://mirror.example/github.com</source>
        <translation>可选：主机=网址，例如 github.com=https://mirror.example/github.com</translation>
    </message>
    <message>
        <source>Other mirrors, as HOST=URL</source>
        <translation>其他镜像，格式为 主机=网址</translation>
    </message>
    <message>
        <source>What will change in this environment:</source>
        <translation>此环境中将发生的变更：</translation>
    </message>
    <message>
        <source>What will change in this environment</source>
        <translation>此环境中将发生的变更</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message>
        <source>Repair this environment</source>
        <translation>修复此环境</translation>
    </message>
    <message>
        <source>A mirror uses plain http://, which is not encrypted; use https://, or allow plain HTTP below if you trust the network.</source>
        <translation>有镜像使用未加密的 http://；请改用 https://，如果信任当前网络，也可在下方允许明文 HTTP。</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP servers (not encrypted)</source>
        <translation>允许明文 &amp;HTTP 服务器（未加密）</translation>
    </message>
    <message>
        <source>Allow plain HTTP servers</source>
        <translation>允许明文 HTTP 服务器</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>重新安装(&amp;I)</translation>
    </message>
    <message>
        <source>The proxy needs a port from 1 to 65535, as in 127.0.0.1:7890.</source>
        <translation>代理需要 1 到 65535 之间的端口号，例如 127.0.0.1:7890。</translation>
    </message>
    <message>
        <source>The proxy address cannot contain spaces; paste it as host:port, as in 127.0.0.1:7890.</source>
        <translation>代理地址不能包含空格；请按“主机:端口”的格式粘贴，例如 127.0.0.1:7890。</translation>
    </message>
    <message>
        <source>none (or host:port, as in 127.0.0.1:7890)</source>
        <translation>无（或填写“主机:端口”，例如 127.0.0.1:7890）</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Save support bundle</source>
        <translation>保存支持包</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Writing the support bundle...</source>
        <translation>正在写入支持包……</translation>
    </message>
    <message>
        <source>Support bundle saved: %1</source>
        <translation>支持包已保存：%1</translation>
    </message>
    <message>
        <source>The support bundle could not be written: %1</source>
        <translation>无法写入支持包：%1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your environment is ready.</source>
        <translation>您的环境已准备就绪。</translation>
    </message>
    <message>
        <source>Activate the environment in a terminal, then run Python as usual:</source>
        <translation>在终端中激活该环境，然后照常运行 Python：</translation>
    </message>
    <message>
        <source>Save a support bundle and send it to support, or go back and check the GPU&apos;s driver. The environment can be activated like this:</source>
        <translation>请保存支持包并发送给技术支持，或返回检查 GPU 的驱动程序。可以这样激活该环境：</translation>
    </message>
    <message>
        <source>Activation commands:</source>
        <translation>激活命令：</translation>
    </message>
    <message>
        <source>JIT cache: the folder where the GPU test keeps the kernels it compiled:</source>
        <translation>JIT 缓存：GPU 测试保存已编译核函数的文件夹：</translation>
    </message>
    <message>
        <source>Your own runs use it only with these variables set before starting Python (the cache is off by default). On Windows the folder&apos;s path must be ASCII-only.</source>
        <translation>只有在启动 Python 之前设置以下环境变量，您自己的程序才会使用它（缓存默认关闭）。在 Windows 上，该文件夹的路径只能包含 ASCII 字符。</translation>
    </message>
    <message>
        <source>Save &amp;support bundle...</source>
        <translation>保存支持包(&amp;S)...</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>保存支持包</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the environment folder</source>
        <translation>打开环境文件夹</translation>
    </message>
    <message>
        <source>Command Prompt gets no command for this folder: its path has %, ! or &quot;, which Command Prompt would change. Use PowerShell, or a folder without them.</source>
        <translation>命令提示符无法获得此文件夹的命令：其路径含有 %、! 或 &quot;，命令提示符会改变它们。请使用 PowerShell，或换一个不含这些字符的文件夹。</translation>
    </message>
    <message>
        <source>No command can be offered for this folder: its path has a line break or another control character. Rename the folder.</source>
        <translation>无法为此文件夹提供命令：其路径含有换行符或其他控制字符。请重命名该文件夹。</translation>
    </message>
    <message>
        <source>The environment is installed, but the GPU test did not pass: PyTorch will not use the GPU yet.</source>
        <translation>环境已安装，但 GPU 测试未通过：PyTorch 暂时还不会使用 GPU。</translation>
    </message>
    <message>
        <source>The environment is installed; the GPU test was stopped before a verdict.</source>
        <translation>环境已安装；GPU 测试在得出结论前被停止。</translation>
    </message>
    <message>
        <source>Save a support bundle and send it to support, or go back and try another build. The environment can be activated like this:</source>
        <translation>请保存支持包并发送给技术支持，或返回尝试其他构建。可以这样激活该环境：</translation>
    </message>
    <message>
        <source>No terminal program was found here; run {launcher} in a terminal.</source>
        <translation>这里找不到终端程序；请在终端中运行 {launcher}。</translation>
    </message>
    <message>
        <source>The launchers could not be saved in the environment ({reason}).</source>
        <translation>无法将启动脚本保存到该环境中（{reason}）。</translation>
    </message>
    <message>
        <source>Saved in the environment: double-click one to open a terminal with it active.</source>
        <translation>已保存到环境中：双击其中一个即可打开已激活该环境的终端。</translation>
    </message>
    <message>
        <source>Open Command &amp;Prompt here</source>
        <translation>在此打开命令提示符(&amp;P)</translation>
    </message>
    <message>
        <source>Open Command Prompt with the environment active</source>
        <translation>打开已激活该环境的命令提示符</translation>
    </message>
    <message>
        <source>Open PowerShe&amp;ll here</source>
        <translation>在此打开 PowerShell(&amp;L)</translation>
    </message>
    <message>
        <source>Open PowerShell with the environment active</source>
        <translation>打开已激活该环境的 PowerShell</translation>
    </message>
    <message>
        <source>Open a &amp;terminal here</source>
        <translation>在此打开终端(&amp;T)</translation>
    </message>
    <message>
        <source>Open a terminal with the environment active</source>
        <translation>打开已激活该环境的终端</translation>
    </message>
</context>
<context>
    <name>GpuCard</name>
    <message>
        <source>Family:</source>
        <translation>系列：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>GPU IP version:</source>
        <translation>GPU IP 版本：</translation>
    </message>
    <message>
        <source>AOT device names:</source>
        <translation>AOT 设备名：</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>驱动：</translation>
    </message>
    <message>
        <source>Notes from the hardware check (as written):</source>
        <translation>硬件检测的说明（原文）：</translation>
    </message>
    <message>
        <source>Only Intel GPUs can be used by this installer.</source>
        <translation>本安装程序只能用于英特尔 GPU。</translation>
    </message>
    <message>
        <source>Native code available: PyTorch programs start without compiling first.</source>
        <translation>有原生代码：PyTorch 程序启动时无需先编译。</translation>
    </message>
    <message>
        <source>Compiles on first use (JIT): works, but the first run of each program waits.</source>
        <translation>首次使用时编译（JIT）：可以使用，但每个程序第一次运行时需要等待。</translation>
    </message>
    <message>
        <source>Not supported by PyTorch&apos;s GPU builds.</source>
        <translation>PyTorch 的 GPU 构建不支持此 GPU。</translation>
    </message>
    <message>
        <source>Support not known yet: the GPU test after installing will tell.</source>
        <translation>尚不确定是否支持：安装后的 GPU 测试会给出结论。</translation>
    </message>
    <message>
        <source>Not an Intel GPU: this installer does not use it.</source>
        <translation>不是英特尔 GPU：本安装程序不使用它。</translation>
    </message>
    <message>
        <source>Driver: ready.</source>
        <translation>驱动程序：就绪。</translation>
    </message>
    <message>
        <source>Driver: too old.</source>
        <translation>驱动程序：版本太旧。</translation>
    </message>
    <message>
        <source>Driver: none (Windows is using its basic display driver).</source>
        <translation>驱动程序：无（Windows 正在使用其基本显示驱动程序）。</translation>
    </message>
    <message>
        <source>Driver: none in use.</source>
        <translation>驱动程序：未使用任何驱动程序。</translation>
    </message>
    <message>
        <source>Driver: version not known.</source>
        <translation>驱动程序：版本未知。</translation>
    </message>
    <message>
        <source>Install the latest Intel Data Center GPU driver for this GPU from intel.com, restart, then run this installer again.</source>
        <translation>请从 intel.com 安装适用于此 GPU 的最新 Intel 数据中心 GPU 驱动程序，重启电脑，然后再次运行本安装程序。</translation>
    </message>
    <message>
        <source>Update it: download the Intel Arc &amp; Iris Xe Graphics driver from intel.com (or run Intel Driver &amp; Support Assistant), install it, restart, then run this installer again.</source>
        <translation>请更新：从 intel.com 下载 Intel Arc &amp; Iris Xe Graphics 驱动程序（或运行 Intel Driver &amp; Support Assistant），安装后重启电脑，然后再次运行本安装程序。</translation>
    </message>
    <message>
        <source>Install the Intel Arc &amp; Iris Xe Graphics driver from intel.com (or run Intel Driver &amp; Support Assistant), restart, then run this installer again.</source>
        <translation>请从 intel.com 安装 Intel Arc &amp; Iris Xe Graphics 驱动程序（或运行 Intel Driver &amp; Support Assistant），重启电脑，然后再次运行本安装程序。</translation>
    </message>
    <message>
        <source>PCI id:</source>
        <translation>PCI ID：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Details of {gpu}</source>
        <translation>{gpu} 的详细信息</translation>
    </message>
    <message>
        <source>Use this GPU: {gpu}</source>
        <translation>使用此 GPU：{gpu}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>The details were copied; paste them into your message to support.</source>
        <translation>详细信息已复制，请粘贴到您发给技术支持的消息中。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>The hardware check failed:</source>
        <translation>硬件检测失败：</translation>
    </message>
    <message>
        <source>Looking at your graphics hardware...</source>
        <translation>正在检测您的显卡硬件……</translation>
    </message>
    <message>
        <source>No display adapter was found. Check that the GPU driver is installed.</source>
        <translation>未找到显示适配器。请确认已安装 GPU 驱动。</translation>
    </message>
    <message>
        <source>No Intel GPU was found. This installer only helps with Intel GPUs.</source>
        <translation>未找到英特尔 GPU。本安装程序只适用于英特尔 GPU。</translation>
    </message>
    <message>
        <source>PyTorch&apos;s GPU builds support none of the Intel GPUs in this computer.</source>
        <translation>PyTorch 的 GPU 构建不支持这台电脑上的任何英特尔 GPU。</translation>
    </message>
    <message>
        <source>Choose the GPU to install for. The recommended one is selected.</source>
        <translation>请选择要为哪块 GPU 安装。已选中推荐的那块。</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>The graphics adapters on this computer and their drivers.</source>
        <translation>这台电脑上的显卡及其驱动。</translation>
    </message>
    <message>
        <source>Support mode: the hardware of another computer, read from {file}.</source>
        <translation>支持模式：另一台电脑的硬件，读取自 {file}。</translation>
    </message>
    <message>
        <source>The graphics adapters of that computer and their drivers, as its file records them.</source>
        <translation>那台电脑的显卡及其驱动，按其文件中的记录显示。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the hardware details to the clipboard</source>
        <translation>将硬件详细信息复制到剪贴板</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检测(&amp;A)</translation>
    </message>
    <message>
        <source>Check the hardware again</source>
        <translation>重新检测硬件</translation>
    </message>
    <message>
        <source>Open Intel&apos;s &amp;driver download page</source>
        <translation>打开英特尔驱动下载页面(&amp;D)</translation>
    </message>
    <message>
        <source>Open Intel&apos;s download page for the graphics driver</source>
        <translation>打开英特尔显卡驱动的下载页面</translation>
    </message>
    <message>
        <source>Copy the co&amp;mmand</source>
        <translation>复制命令(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the command that installs PyTorch&apos;s CPU build</source>
        <translation>复制安装 PyTorch CPU 构建的命令</translation>
    </message>
    <message>
        <source>So there is nothing to install for a GPU. PyTorch can still run on the processor; its CPU build installs with:</source>
        <translation>因此没有可为 GPU 安装的内容。PyTorch 仍可在处理器上运行；其 CPU 构建可以这样安装：</translation>
    </message>
    <message>
        <source>There is nothing to install for this GPU: PyTorch&apos;s GPU builds do not support it. Choose another GPU, or install PyTorch&apos;s CPU build with:</source>
        <translation>没有可为此 GPU 安装的内容：PyTorch 的 GPU 构建不支持它。请选择其他 GPU，或这样安装 PyTorch 的 CPU 构建：</translation>
    </message>
    <message>
        <source>Install the driver named on the card first: PyTorch cannot use this GPU without it, so the installer stops here.</source>
        <translation>请先安装卡片上所说的驱动程序：没有它 PyTorch 无法使用此 GPU，因此安装程序到此为止。</translation>
    </message>
    <message>
        <source>Warnings from the hardware check:</source>
        <translation>硬件检测给出的警告：</translation>
    </message>
    <message>
        <source>The command that installs PyTorch&apos;s CPU build</source>
        <translation>安装 PyTorch CPU 构建的命令</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Stop the installation?</source>
        <translation>要停止安装吗？</translation>
    </message>
    <message>
        <source>The installation will be stopped and the changes made so far will be undone.</source>
        <translation>安装将停止，已做的更改会被撤销。</translation>
    </message>
    <message>
        <source>Stopping and undoing the changes...</source>
        <translation>正在停止并撤销更改……</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>{step}: {state}</source>
        <translation>{step}：{state}</translation>
    </message>
    <message>
        <source>{file}: {done} of {total}, {speed}, {left} left</source>
        <translation>{file}：{done} / {total}，{speed}，剩余 {left}</translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation>隐藏日志(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>显示日志(&amp;L)</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总进度</translation>
    </message>
    <message>
        <source>Current file progress</source>
        <translation>当前文件进度</translation>
    </message>
    <message>
        <source>Installation steps</source>
        <translation>安装步骤</translation>
    </message>
    <message>
        <source>Installation log</source>
        <translation>安装日志</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the installation and undo it</source>
        <translation>停止安装并撤销</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try the installation again</source>
        <translation>重新尝试安装</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Downloads and installs the selected build.</source>
        <translation>下载并安装选中的构建。</translation>
    </message>
    <message>
        <source>&amp;Use China servers and retry</source>
        <translation>使用中国服务器并重试(&amp;U)</translation>
    </message>
    <message>
        <source>Download from the China servers and try again</source>
        <translation>从中国服务器下载并重试</translation>
    </message>
    <message>
        <source>Set a &amp;proxy...</source>
        <translation>设置代理(&amp;P)...</translation>
    </message>
    <message>
        <source>Go back and set a proxy</source>
        <translation>返回并设置代理</translation>
    </message>
    <message>
        <source>Choose another &amp;folder...</source>
        <translation>选择其他文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Go back and choose another folder</source>
        <translation>返回并选择其他文件夹</translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <source>IPEX AOT Installer %1</source>
        <translation>IPEX AOT 安装程序 %1</translation>
    </message>
    <message>
        <source>Open a support bundle or probe file</source>
        <translation>打开支持包或检测文件</translation>
    </message>
    <message>
        <source>Support bundles and probe files (*.zip *.json);;All files (*)</source>
        <translation>支持包和检测文件 (*.zip *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>无法打开此文件</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No data arrived from {host} for {seconds} s while downloading {file}; check the connection or choose another download server, then retry (the download resumes).</source>
        <translation>下载 {file} 时，{host} 已有 {seconds} 秒没有发来任何数据；请检查网络连接或换用其他下载服务器后重试（下载会从中断处继续）。</translation>
    </message>
    <message>
        <source>{host} sent {file} at only {rate}/s over the last {seconds} s, too slow to ever finish; choose another download server and retry (the download resumes).</source>
        <translation>{host} 在最近 {seconds} 秒内发送 {file} 的速度只有 {rate}/秒，照此永远无法完成；请换用其他下载服务器后重试（下载会从中断处继续）。</translation>
    </message>
    <message>
        <source>{host} sent more than the {limit} expected for {file}; the download was stopped and the partial file deleted.</source>
        <translation>{host} 为 {file} 发送的数据超过了预期的 {limit}；已停止下载并删除了不完整的文件。</translation>
    </message>
    <message>
        <source>{host} redirected the request for {file} more than {limit} times (a redirect loop); the server is misconfigured, choose another download server.</source>
        <translation>{host} 对 {file} 的请求重定向超过 {limit} 次（重定向循环）；该服务器配置有误，请换用其他下载服务器。</translation>
    </message>
    <message>
        <source>{host} redirected the request for {file} to {target}, which is not an HTTPS address; the download was refused.</source>
        <translation>{host} 将对 {file} 的请求重定向到 {target}，这不是 HTTPS 地址；已拒绝下载。</translation>
    </message>
    <message>
        <source>The server answered {status} for {url}; choose another download server or retry later.</source>
        <translation>下载 {url} 时服务器返回 {status}；请换用其他下载服务器，或稍后重试。</translation>
    </message>
    <message>
        <source>Downloads from {host} use plain http:// as you allowed: anyone on the network can read and change them.</source>
        <translation>按您的允许，从 {host} 下载使用明文 http://：网络上的任何人都能读取和篡改这些内容。</translation>
    </message>
    <message>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Cannot read {file} ({reason}).</source>
        <translation>无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}, too large to be a file this app reads.</source>
        <translation>{file} 大于 {limit}，不可能是本程序读取的文件。</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor UTF-16 text.</source>
        <translation>{file} 既不是 UTF-8 也不是 UTF-16 文本。</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}).</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行）。</translation>
    </message>
    <message>
        <source>{file} holds a number that is not finite or longer than {limit} characters.</source>
        <translation>{file} 含有非有限数值或长度超过 {limit} 个字符的数字。</translation>
    </message>
    <message>
        <source>{file} nests values more than {limit} levels deep.</source>
        <translation>{file} 中的值嵌套超过 {limit} 层。</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} values.</source>
        <translation>{file} 含有超过 {limit} 个值。</translation>
    </message>
    <message>
        <source>In {file}, field &apos;{field}&apos; lists more than {limit} entries.</source>
        <translation>{file} 中字段“{field}”的条目超过 {limit} 个。</translation>
    </message>
    <message>
        <source>In {file}, field &apos;{field}&apos; must be {kind}.</source>
        <translation>{file} 中字段“{field}”必须是{kind}。</translation>
    </message>
    <message>
        <source>In {file}, field &apos;{field}&apos; is missing.</source>
        <translation>{file} 中缺少字段“{field}”。</translation>
    </message>
    <message>
        <source>In {file}, field &apos;{field}&apos; has an invalid value.</source>
        <translation>{file} 中字段“{field}”的值无效。</translation>
    </message>
    <message>
        <source>In {file}, field &apos;{field}&apos; is {value} but the file lists {count} entries.</source>
        <translation>{file} 中字段“{field}”为 {value}，但文件只列出 {count} 个条目。</translation>
    </message>
    <message>
        <source>{file} is a damaged zip archive or uses a compression this app cannot read.</source>
        <translation>{file} 是损坏的 zip 压缩包，或使用了本程序无法读取的压缩方式。</translation>
    </message>
    <message>
        <source>{file} is named like a wheel or zip but is not a zip archive.</source>
        <translation>{file} 的文件名像 wheel 或 zip，但它不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} files, too many for a support bundle.</source>
        <translation>{file} 含有超过 {limit} 个文件，支持包不会有这么多文件。</translation>
    </message>
    <message>
        <source>{file} would expand to more than {limit}; it was not unpacked.</source>
        <translation>{file} 解压后会超过 {limit}；未予解压。</translation>
    </message>
    <message>
        <source>{file} holds &apos;{member}&apos;, which is compressed over {limit} times: a zip bomb, not a bundle.</source>
        <translation>{file} 中的“{member}”压缩比超过 {limit} 倍：这是 zip 炸弹，不是支持包。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>文本或 null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>整数或 null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true、false 或 null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>对象或 null</translation>
    </message>
    <message>
        <source>Another installer is changing {venv} (process {pid}, {program}, started {started}); wait until it finishes or close it, then try again.</source>
        <translation>另一个安装程序正在修改 {venv}（进程 {pid}，{program}，启动于 {started}）；请等它完成或将其关闭，然后重试。</translation>
    </message>
    <message>
        <source>An interrupted install had changed {venv}; it was restored from its safety copy.</source>
        <translation>一次被中断的安装曾修改 {venv}；已从其安全副本恢复。</translation>
    </message>
    <message>
        <source>An unfinished folder {path} left by an interrupted install of {venv} was removed.</source>
        <translation>已删除 {venv} 的一次被中断安装留下的未完成文件夹 {path}。</translation>
    </message>
    <message>
        <source>An unfinished environment left at {venv} by an interrupted install was removed.</source>
        <translation>已删除一次被中断的安装在 {venv} 留下的未完成环境。</translation>
    </message>
    <message>
        <source>An interrupted install had checked the new environment {venv} but not quite put it in place; that was finished.</source>
        <translation>一次被中断的安装已检查过新环境 {venv}，但尚未完全将其放置到位；现已完成这一步。</translation>
    </message>
    <message>
        <source>A safety copy {path} of {venv} from an interrupted install was kept as it is; check the environment and remove the copy or rename it back.</source>
        <translation>一次被中断的安装留下了 {venv} 的安全副本 {path}，已原样保留；请检查该环境，然后删除此副本或将其改回原名。</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full; free some space there or choose another folder, then retry.</source>
        <translation>{folder} 所在的磁盘已满；请在该磁盘上腾出空间或另选文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full; free some space there or choose another folder, then retry (the partial files were removed).</source>
        <translation>{folder} 所在的磁盘已满；请在该磁盘上腾出空间或另选文件夹，然后重试（不完整的文件已删除）。</translation>
    </message>
    <message>
        <source>The path {folder} is too long for this file system; choose a folder with a shorter path.</source>
        <translation>路径 {folder} 对此文件系统来说太长；请选择路径更短的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written (no permission, or a read-only disk); choose another folder or fix its permissions.</source>
        <translation>无法写入文件夹 {folder}（没有权限，或磁盘为只读）；请另选文件夹或修改其权限。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written (no permission, or a read-only disk); choose another folder or fix its permissions (the partial files were removed).</source>
        <translation>无法写入文件夹 {folder}（没有权限，或磁盘为只读）；请另选文件夹或修改其权限（不完整的文件已删除）。</translation>
    </message>
    <message>
        <source>Writing failed ({reason}); free some space or write somewhere else, then retry.</source>
        <translation>写入失败（{reason}）；请腾出空间或改写到其他位置后重试。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>路径太长</translation>
    </message>
    <message>
        <source>no permission, or a read-only disk</source>
        <translation>没有权限，或磁盘为只读</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; failed: {tool} refused {package} because the downloaded file does not match the SHA-256 the index gives for it (a damaged download or an altered mirror); nothing was installed from it.</source>
        <translation>步骤“{step}”失败：{tool} 拒绝安装 {package}，因为下载的文件与索引给出的 SHA-256 不符（下载已损坏或镜像被改动）；没有安装其中的任何内容。</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; failed: {tool} could not download {package}, the server answered {status} (the file is not there); the index or mirror is out of date, choose another download server.</source>
        <translation>步骤“{step}”失败：{tool} 无法下载 {package}，服务器回应 {status}（文件不存在）；索引或镜像已过期，请换用其他下载服务器。</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; failed: {tool} cannot install {package} together, their version requirements conflict.</source>
        <translation>步骤“{step}”失败：{tool} 无法同时安装 {package}，它们的版本要求相互冲突。</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; failed: {tool} found no {package} on the package index (check that the download server carries it, or choose another build).</source>
        <translation>步骤“{step}”失败：{tool} 在软件包索引中找不到 {package}（请确认下载服务器提供该软件包，或选择其他构建）。</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; failed: {tool} could not download {package}, the connection failed; check the network or proxy and retry.</source>
        <translation>步骤“{step}”失败：{tool} 无法下载 {package}，连接失败；请检查网络或代理后重试。</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; failed: {tool} exited with code {exit_code} ({detail}).</source>
        <translation>步骤“{step}”失败：{tool} 退出，代码为 {exit_code}（{detail}）。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is not a plain file name (&apos;{value}&apos;: {problem}); nothing was read or written.</source>
        <translation>字段“{field}”不是单纯的文件名（“{value}”：{problem}）；未读取或写入任何内容。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; must be a file name but is not text.</source>
        <translation>字段“{field}”必须是文件名，但它不是文本。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; must be a URL but is not text.</source>
        <translation>字段“{field}”必须是网址，但它不是文本。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; has a space or a control character in its URL (&apos;{url}&apos;).</source>
        <translation>字段“{field}”的网址中含有空格或控制字符（“{url}”）。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is not a URL (&apos;{url}&apos;).</source>
        <translation>字段“{field}”不是网址（“{url}”）。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; must be an https:// URL; the scheme &apos;{scheme}&apos; is not allowed (&apos;{url}&apos;).</source>
        <translation>字段“{field}”必须是 https:// 网址；不允许使用“{scheme}”协议（“{url}”）。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; has no host name in its URL (&apos;{url}&apos;).</source>
        <translation>字段“{field}”的网址中没有主机名（“{url}”）。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; must be https://: it uses plain http:// to {host}, which anyone on the network can read and change; allow plain HTTP explicitly only if you trust the network.</source>
        <translation>字段“{field}”必须使用 https://：它以明文 http:// 连接 {host}，网络上的任何人都能读取和篡改；只有在信任当前网络时才明确允许明文 HTTP。</translation>
    </message>
    <message>
        <source>The plan field &apos;{field}&apos; must be a Python version like 3.11 (got &apos;{value}&apos;).</source>
        <translation>计划字段“{field}”必须是类似 3.11 的 Python 版本（实际为“{value}”）。</translation>
    </message>
    <message>
        <source>The plan field &apos;{field}&apos; must be a list.</source>
        <translation>计划字段“{field}”必须是列表。</translation>
    </message>
    <message>
        <source>The plan field &apos;{field}&apos; is not a requirement like name==version (&apos;{value}&apos;).</source>
        <translation>计划字段“{field}”不是类似 名称==版本 的依赖要求（“{value}”）。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <source>it names a folder, not a file</source>
        <translation>它指的是文件夹而不是文件</translation>
    </message>
    <message>
        <source>it contains a path separator, so it would leave its folder</source>
        <translation>它含有路径分隔符，会跳出所在文件夹</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>它含有控制字符</translation>
    </message>
    <message>
        <source>a &apos;:&apos; names a drive or a stream on Windows</source>
        <translation>“:”在 Windows 上表示驱动器或数据流</translation>
    </message>
    <message>
        <source>it contains a character Windows does not allow in file names</source>
        <translation>它含有 Windows 文件名中不允许的字符</translation>
    </message>
    <message>
        <source>it ends with a dot or a space, which Windows drops</source>
        <translation>它以句点或空格结尾，Windows 会将其去掉</translation>
    </message>
    <message>
        <source>it is a reserved device name on Windows</source>
        <translation>它是 Windows 保留的设备名</translation>
    </message>
    <message>
        <source>it is too long for a file name</source>
        <translation>它作为文件名太长</translation>
    </message>
    <message>
        <source>The install log cannot be written in {folder} ({reason}); the install goes on without it.</source>
        <translation>无法在 {folder} 中写入安装日志（{reason}）；安装将在没有日志的情况下继续。</translation>
    </message>
    <message>
        <source>pip could not be added to {venv} ({reason}); the install is complete, add pip with: python -m ensurepip</source>
        <translation>无法向 {venv} 添加 pip（{reason}）；安装已完成，可用以下命令添加 pip：python -m ensurepip</translation>
    </message>
    <message>
        <source>pip could not be added to {venv}: its Python has no ensurepip module (embeddable Pythons, as portable apps ship them, and some Linux distributions&apos; lack it); the install is complete. For pip, install into a new folder with the Python the installer downloads.</source>
        <translation>无法向 {venv} 添加 pip：它的 Python 没有 ensurepip 模块（便携应用自带的嵌入式 Python 和某些 Linux 发行版的 Python 都缺少它）；安装已完成。如需 pip，请安装到新文件夹，并使用安装程序下载的 Python。</translation>
    </message>
    <message>
        <source>{reason} in {folder}</source>
        <translation>写入 {folder} 时{reason}</translation>
    </message>
    <message>
        <source>this Python has no ensurepip module (Windows&apos; embeddable Python ships without it)</source>
        <translation>此 Python 没有 ensurepip 模块（Windows 的嵌入式 Python 不带该模块）</translation>
    </message>
    <message>
        <source>this Python has no ensurepip module (some Linux distributions ship it separately)</source>
        <translation>此 Python 没有 ensurepip 模块（某些 Linux 发行版将其单独打包）</translation>
    </message>
    <message>
        <source>ensurepip exited with code {exit_code} without a message</source>
        <translation>ensurepip 以代码 {exit_code} 退出，未给出任何消息</translation>
    </message>
    <message>
        <source>you cancelled while it ran</source>
        <translation>运行期间您取消了操作</translation>
    </message>
    <message>
        <source>{error} The environment was left as it was before.</source>
        <translation>{error}环境已保持安装前的原样。</translation>
    </message>
    <message>
        <source>The proxy &apos;{proxy}&apos; is not a URL like http://host:port.</source>
        <translation>代理“{proxy}”不是形如 http://host:port 的网址。</translation>
    </message>
    <message>
        <source>The wheelhouse folder {folder} does not exist.</source>
        <translation>本地 wheel 文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{file} in the wheelhouse {folder} does not match the plan&apos;s SHA-256 (expected {expected}, got {got}); nothing was installed.</source>
        <translation>本地 wheel 文件夹 {folder} 中的 {file} 与计划中的 SHA-256 不符（应为 {expected}，实为 {got}）；未安装任何内容。</translation>
    </message>
    <message>
        <source>The index {index} answered {status} for {project}.</source>
        <translation>索引 {index} 对 {project} 的回应为 {status}。</translation>
    </message>
    <message>
        <source>Could not read {url} ({reason}).</source>
        <translation>无法读取 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>The index page {url} is not valid PEP 691 JSON ({reason}).</source>
        <translation>索引页面 {url} 不是有效的 PEP 691 JSON（{reason}）。</translation>
    </message>
    <message>
        <source>The package index {index} answered {status}.</source>
        <translation>软件包索引 {index} 的回应为 {status}。</translation>
    </message>
    <message>
        <source>Could not read the package index {index} ({reason}, {tries} attempts).</source>
        <translation>无法读取软件包索引 {index}（{reason}，已尝试 {tries} 次）。</translation>
    </message>
    <message>
        <source>Cannot tell a file name from the URL {url}.</source>
        <translation>无法从网址 {url} 得出文件名。</translation>
    </message>
    <message>
        <source>Downloading {file} failed ({reason}; {tries} attempts in a row without progress); run again later to resume where it stopped.</source>
        <translation>下载 {file} 失败（{reason}；连续 {tries} 次尝试均无进展）；请稍后再次运行，下载将从中断处继续。</translation>
    </message>
    <message>
        <source>The plan has no build to install (every build was rejected for this machine).</source>
        <translation>该计划中没有可安装的构建（所有构建都不适用于这台电脑）。</translation>
    </message>
    <message>
        <source>The environment at {venv} has Python {version} ({bits}-bit), but this build needs 64-bit Python {python}; choose another folder.</source>
        <translation>{venv} 处的环境使用 Python {version}（{bits} 位），但此构建需要 64 位 Python {python}；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not move the new environment into {venv} ({reason}).</source>
        <translation>无法将新环境移入 {venv}（{reason}）。</translation>
    </message>
    <message>
        <source>The wheelhouse {folder} has no {file}, which step &apos;{step}&apos; needs.</source>
        <translation>本地 wheel 文件夹 {folder} 中没有步骤“{step}”所需的 {file}。</translation>
    </message>
    <message>
        <source>The wheelhouse {folder} has no wheel for Python {python} on this machine for: {packages}.</source>
        <translation>本地 wheel 文件夹 {folder} 中没有适用于这台电脑上 Python {python} 的以下软件包的 wheel：{packages}。</translation>
    </message>
    <message>
        <source>{venv} is not a virtual environment.</source>
        <translation>{venv} 不是虚拟环境。</translation>
    </message>
    <message>
        <source>Unknown installer backend &apos;{backend}&apos;.</source>
        <translation>未知的安装程序后端“{backend}”。</translation>
    </message>
    <message>
        <source>uv was asked for but cannot be used: {reason}.</source>
        <translation>已指定使用 uv，但无法使用：{reason}。</translation>
    </message>
    <message>
        <source>{venv} is not a directory.</source>
        <translation>{venv} 不是文件夹。</translation>
    </message>
    <message>
        <source>{venv} has no Python interpreter ({python} not found); is it a virtual environment?</source>
        <translation>{venv} 中没有 Python 解释器（未找到 {python}）；它是虚拟环境吗？</translation>
    </message>
    <message>
        <source>Python at {python} cannot be run ({reason}).</source>
        <translation>无法运行 {python} 处的 Python（{reason}）。</translation>
    </message>
    <message>
        <source>Python at {python} did not start (exit code {exit_code}).</source>
        <translation>{python} 处的 Python 未能启动（退出代码 {exit_code}）。</translation>
    </message>
    <message>
        <source>{python} does not look like a Python interpreter.</source>
        <translation>{python} 看起来不是 Python 解释器。</translation>
    </message>
    <message>
        <source>Python at {python} is {implementation}; the PyTorch XPU wheels need CPython {want}.</source>
        <translation>{python} 处的 Python 是 {implementation}；PyTorch XPU 的 wheel 需要 CPython {want}。</translation>
    </message>
    <message>
        <source>Python at {python} is {bits}-bit; the PyTorch XPU wheels need a 64-bit Python {want}.</source>
        <translation>{python} 处的 Python 是 {bits} 位的；PyTorch XPU 的 wheel 需要 64 位 Python {want}。</translation>
    </message>
    <message>
        <source>Python at {python} is {version}, but this build needs Python {want}.</source>
        <translation>{python} 处的 Python 版本为 {version}，但此构建需要 Python {want}。</translation>
    </message>
    <message>
        <source>No 64-bit Python {want} was found; install one or pass --python EXE.</source>
        <translation>未找到 64 位 Python {want}；请安装一个，或使用 --python EXE 指定。</translation>
    </message>
    <message>
        <source>uv could not install Python {want} ({reason}).</source>
        <translation>uv 无法安装 Python {want}（{reason}）。</translation>
    </message>
    <message>
        <source>uv installed Python {want} but could not find it afterwards.</source>
        <translation>uv 已安装 Python {want}，但之后找不到它。</translation>
    </message>
    <message>
        <source>{venv} is a file, not a folder for a virtual environment.</source>
        <translation>{venv} 是一个文件，而不是用于虚拟环境的文件夹。</translation>
    </message>
    <message>
        <source>{venv} is a folder with files in it but not a virtual environment; choose a new or empty folder.</source>
        <translation>{venv} 是一个包含文件的文件夹，但不是虚拟环境；请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Could not create a virtual environment with {python} ({reason}).</source>
        <translation>无法使用 {python} 创建虚拟环境（{reason}）。</translation>
    </message>
    <message>
        <source>Could not move the broken environment {venv} aside ({reason}); close programs using it and retry.</source>
        <translation>无法将损坏的环境 {venv} 移到一旁（{reason}）；请关闭正在使用它的程序后重试。</translation>
    </message>
    <message>
        <source>Could not list the packages in the environment of {python} (exit code {exit_code}).</source>
        <translation>无法列出 {python} 所在环境中的软件包（退出代码 {exit_code}）。</translation>
    </message>
    <message>
        <source>Could not make a safety copy of {venv} before changing it ({reason}); nothing was changed.</source>
        <translation>更改 {venv} 之前无法创建安全副本（{reason}）；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not restore {venv} from its safety copy {copy} ({reason}); the copy is kept, rename it back by hand.</source>
        <translation>无法从安全副本 {copy} 恢复 {venv}（{reason}）；副本已保留，请手动将其改回原名。</translation>
    </message>
    <message>
        <source>The mirror &apos;{mirror}&apos; is not &apos;us&apos;, &apos;cn&apos; or HOST=URL (for example download.pytorch.org=https://mirror.example.com/pytorch).</source>
        <translation>镜像“{mirror}”不是“us”、“cn”或 HOST=URL（例如 download.pytorch.org=https://mirror.example.com/pytorch）。</translation>
    </message>
    <message>
        <source>{file} from {server} does not match its expected SHA-256 (expected {expected}, got {got}); the file was deleted and nothing was installed from it.</source>
        <translation>来自 {server} 的 {file} 与预期的 SHA-256 不符（应为 {expected}，实为 {got}）；该文件已删除，未从中安装任何内容。</translation>
    </message>
    <message>
        <source>{file} from {server} does not match its expected SHA-256 from {source} (expected {expected}, got {got}); the file was deleted and nothing was installed from it.</source>
        <translation>来自 {server} 的 {file} 与 {source} 给出的 SHA-256 不符（应为 {expected}，实为 {got}）；该文件已删除，未从中安装任何内容。</translation>
    </message>
    <message>
        <source>{file} from {server} has {got} bytes, not the {size} the plan expects; the file was deleted.</source>
        <translation>来自 {server} 的 {file} 有 {got} 字节，而不是计划预期的 {size} 字节；该文件已删除。</translation>
    </message>
    <message>
        <source>The path {path} is too long for Windows without long-path support (keep it under {limit} characters, or enable LongPathsEnabled in the registry).</source>
        <translation>路径 {path} 太长，Windows 在未启用长路径支持时无法使用（请保持在 {limit} 个字符以内，或在注册表中启用 LongPathsEnabled）。</translation>
    </message>
    <message>
        <source>The folder {path} has {chars} in its path, which the environment&apos;s activation scripts would run as a command or misread; choose a folder whose path has none of these characters.</source>
        <translation>文件夹 {path} 的路径中含有 {chars}，环境的激活脚本会把它们当作命令执行或读错；请选择路径中不含这些字符的文件夹。</translation>
    </message>
    <message>
        <source>The JIT cache folder {folder} has non-ASCII characters, which the SYCL cache on Windows cannot use; choose an ASCII-only folder such as C:\sycl_cache.</source>
        <translation>JIT 缓存文件夹 {folder} 含有非 ASCII 字符，Windows 上的 SYCL 缓存无法使用；请选择只含 ASCII 字符的文件夹，例如 C:\sycl_cache。</translation>
    </message>
    <message>
        <source>{package} is missing</source>
        <translation>缺少 {package}</translation>
    </message>
    <message>
        <source>{package} is {got}, not {want}</source>
        <translation>{package} 的版本为 {got}，而不是 {want}</translation>
    </message>
    <message>
        <source>{package} is {got}, not {want} (a build without the +{label} label, e.g. a CPU build, replaced it)</source>
        <translation>{package} 的版本为 {got}，而不是 {want}（一个不带 +{label} 标签的构建，例如 CPU 构建，替换了它）</translation>
    </message>
    <message>
        <source>The installed packages do not match the plan: {problem}.</source>
        <translation>已安装的软件包与计划不符：{problem}。</translation>
    </message>
    <message>
        <source>The installed packages do not match the plan: {problem}, and {more} more difference(s) (the install log lists them).</source>
        <translation>已安装的软件包与计划不符：{problem}，另有 {more} 处不同（安装日志中列出了全部）。</translation>
    </message>
    <message>
        <source>uv is not bundled or installed</source>
        <translation>未捆绑也未安装 uv</translation>
    </message>
    <message>
        <source>uv at {uv} exited with code {exit_code}</source>
        <translation>{uv} 处的 uv 以代码 {exit_code} 退出</translation>
    </message>
    <message>
        <source>uv at {uv} could not start ({reason})</source>
        <translation>{uv} 处的 uv 无法启动（{reason}）</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted by this computer; if your network inspects HTTPS (a company proxy), add its root certificate to the system&apos;s certificate store and retry.</source>
        <translation>这台电脑不信任 {host} 的证书；如果您的网络会检查 HTTPS（公司代理），请将其根证书添加到系统的证书存储中，然后重试。</translation>
    </message>
    <message>
        <source>{venv} is not a folder.</source>
        <translation>{venv} 不是文件夹。</translation>
    </message>
    <message>
        <source>{venv} is not a Python virtual environment (no {python}).</source>
        <translation>{venv} 不是 Python 虚拟环境（没有 {python}）。</translation>
    </message>
    <message>
        <source>The Python in {venv} did not answer within {seconds} seconds.</source>
        <translation>{venv} 中的 Python 在 {seconds} 秒内没有回应。</translation>
    </message>
    <message>
        <source>The Python in {venv} failed to list its packages ({reason}).</source>
        <translation>{venv} 中的 Python 未能列出其软件包（{reason}）。</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted by this computer</source>
        <translation>这台电脑不信任服务器的证书</translation>
    </message>
    <message>
        <source>server error {status}</source>
        <translation>服务器错误 {status}</translation>
    </message>
    <message>
        <source>the server rejected the resume offset</source>
        <translation>服务器拒绝了续传的起始位置</translation>
    </message>
    <message>
        <source>the server resumed at the wrong offset</source>
        <translation>服务器从错误的位置续传</translation>
    </message>
    <message>
        <source>the connection closed at byte {got} of {total}</source>
        <translation>连接在第 {got} 字节处关闭（共 {total} 字节）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有回应</translation>
    </message>
    <message>
        <source>The broken environment at {venv} was moved to {path}.</source>
        <translation>{venv} 处损坏的环境已被移到 {path}。</translation>
    </message>
    <message>
        <source>{file} has no known SHA-256; it is installed unverified.</source>
        <translation>{file} 没有已知的 SHA-256；它将在未经校验的情况下安装。</translation>
    </message>
    <message>
        <source>Windows did not list the display adapters (PowerShell Get-CimInstance failed with exit code {exit_code}).</source>
        <translation>Windows 未列出显示适配器（PowerShell Get-CimInstance 失败，退出代码 {exit_code}）。</translation>
    </message>
    <message>
        <source>Could not start {program}: the program was not found.</source>
        <translation>无法启动 {program}：找不到该程序。</translation>
    </message>
    <message>
        <source>Could not start {program}: {reason}.</source>
        <translation>无法启动 {program}：{reason}。</translation>
    </message>
    <message>
        <source>The build has no native code the driver is known to pick for this GPU ({gpu}); it is expected to compile the SPIR-V fallback on first use (JIT).</source>
        <translation>该构建没有已知驱动会为此 GPU（{gpu}）选用的原生代码；预计驱动会在首次使用时编译其 SPIR-V 后备代码（JIT）。</translation>
    </message>
    <message>
        <source>The build has no native code the driver is known to pick for this GPU ({gpu}) and no SPIR-V fallback, so its kernels are expected to fail to load.</source>
        <translation>该构建没有已知驱动会为此 GPU（{gpu}）选用的原生代码，也没有 SPIR-V 后备代码，因此其核函数预计无法加载。</translation>
    </message>
    <message>
        <source>The library carries device images only for {targets}, none for a GPU, so its kernels do not run on the GPU.</source>
        <translation>该库只带有面向 {targets} 的设备映像，没有面向 GPU 的，因此其核函数不会在 GPU 上运行。</translation>
    </message>
    <message>
        <source>The library carries only SPIR-V, no native code for any GPU: the driver compiles it on first use (JIT).</source>
        <translation>该库只带有 SPIR-V，没有面向任何 GPU 的原生代码：驱动会在首次使用时编译它（JIT）。</translation>
    </message>
    <message>
        <source>The library carries no SYCL device images.</source>
        <translation>该库不带 SYCL 设备映像。</translation>
    </message>
    <message>
        <source>The library&apos;s device images could not be read ({problem}).</source>
        <translation>无法读取该库的设备映像（{problem}）。</translation>
    </message>
    <message>
        <source>Some device images could not be expanded ({problem}), so what they hold is unknown.</source>
        <translation>部分设备映像无法解压（{problem}），其内容未知。</translation>
    </message>
    <message>
        <source>{reason} Some of its device images could not be expanded ({problem}), so this is not certain.</source>
        <translation>{reason} 其部分设备映像无法解压（{problem}），因此这一点并不确定。</translation>
    </message>
    <message>
        <source>No library here carries SYCL device images.</source>
        <translation>这里没有任何库带有 SYCL 设备映像。</translation>
    </message>
    <message>
        <source>Every SYCL library here has native code for this GPU: no compilation on first use.</source>
        <translation>这里的每个 SYCL 库都带有此 GPU 的原生代码：首次使用时无需编译。</translation>
    </message>
    <message>
        <source>Every SYCL library here is expected to have native code for this GPU: no compilation on first use.</source>
        <translation>这里的每个 SYCL 库预计都带有此 GPU 的原生代码：首次使用时无需编译。</translation>
    </message>
    <message>
        <source>These packages will compile on first use: {packages} ({modules} SPIR-V modules, {size}).</source>
        <translation>以下软件包将在首次使用时编译：{packages}（{modules} 个 SPIR-V 模块，{size}）。</translation>
    </message>
    <message>
        <source>These packages are expected to compile on first use: {packages} ({modules} SPIR-V modules, {size}).</source>
        <translation>以下软件包预计将在首次使用时编译：{packages}（{modules} 个 SPIR-V 模块，{size}）。</translation>
    </message>
    <message>
        <source>These packages have no code this GPU can run and no SPIR-V to compile, so their kernels will fail to load: {packages}.</source>
        <translation>以下软件包没有此 GPU 能运行的代码，也没有可编译的 SPIR-V，因此其核函数将无法加载：{packages}。</translation>
    </message>
    <message>
        <source>These packages are expected to fail to load their kernels on this GPU (no matching native code and no SPIR-V): {packages}.</source>
        <translation>以下软件包的核函数预计无法在此 GPU 上加载（没有匹配的原生代码，也没有 SPIR-V）：{packages}。</translation>
    </message>
    <message>
        <source>No GPU was given or found, so AOT or JIT cannot be told; give --gpu PCI_ID or --probe FILE.</source>
        <translation>未指定也未找到 GPU，因此无法判断 AOT 还是 JIT；请提供 --gpu PCI_ID 或 --probe FILE。</translation>
    </message>
    <message>
        <source>{library} ({package}) needs {needed}, but this environment provides {present}; it will fail to load unless the system supplies {needed}.</source>
        <translation>{library}（{package}）需要 {needed}，但此环境提供的是 {present}；除非系统提供 {needed}，否则它将无法加载。</translation>
    </message>
    <message>
        <source>{library} ({package}) needs {needed}, and this environment has no SYCL runtime; it will fail to load unless the system supplies {needed}.</source>
        <translation>{library}（{package}）需要 {needed}，而此环境没有 SYCL 运行时；除非系统提供 {needed}，否则它将无法加载。</translation>
    </message>
    <message>
        <source>{library} ({package}) needs {needed}, which this environment lacks; it is expected to be loaded from {folder}, outside the environment.</source>
        <translation>{library}（{package}）需要 {needed}，此环境中没有；预计会从环境之外的 {folder} 加载。</translation>
    </message>
    <message>
        <source>{variable} lists {folder}, which holds {file}: it is expected to be loaded instead of the environment&apos;s own {env_file}, so a runtime of another generation can break the wheels.</source>
        <translation>{variable} 中列出了 {folder}，其中有 {file}：预计会代替环境自带的 {env_file} 被加载，另一代运行时可能导致这些 wheel 出错。</translation>
    </message>
    <message>
        <source>{folder} (from {conf}) holds {file}; the system&apos;s loader uses it wherever the environment&apos;s own runtime is not found first.</source>
        <translation>{folder}（来自 {conf}）中有 {file}；凡是没有先找到环境自带运行时的地方，系统加载器都会使用它。</translation>
    </message>
    <message>
        <source>The triton package on disk is the one from triton {version}, not from pytorch-triton-xpu {xpu_version}: torch.compile on the XPU is expected to fail.</source>
        <translation>磁盘上的 triton 包来自 triton {version}，而不是 pytorch-triton-xpu {xpu_version}：XPU 上的 torch.compile 预计会失败。</translation>
    </message>
    <message>
        <source>triton {version} is installed with an XPU torch but pytorch-triton-xpu is not: torch.compile on the XPU is expected to fail.</source>
        <translation>已安装 triton {version} 和 XPU 版 torch，但没有安装 pytorch-triton-xpu：XPU 上的 torch.compile 预计会失败。</translation>
    </message>
    <message>
        <source>Install the SYCL runtime that provides {needed} (the intel-sycl-rt version {package} requires), or a build of {package} made for the runtime this environment has.</source>
        <translation>请安装提供 {needed} 的 SYCL 运行时（{package} 要求的 intel-sycl-rt 版本），或安装为此环境现有运行时构建的 {package}。</translation>
    </message>
    <message>
        <source>Remove {folder} from {variable} in the shell that runs this environment (do not source oneAPI&apos;s setvars there).</source>
        <translation>在运行此环境的 shell 中，从 {variable} 里删除 {folder}（不要在那里 source oneAPI 的 setvars）。</translation>
    </message>
    <message>
        <source>Reinstall the XPU build: pip uninstall -y triton, then pip install --force-reinstall pytorch-triton-xpu=={xpu_version} from the PyTorch XPU index.</source>
        <translation>重新安装 XPU 构建：先 pip uninstall -y triton，再从 PyTorch XPU 索引 pip install --force-reinstall pytorch-triton-xpu=={xpu_version}。</translation>
    </message>
    <message>
        <source>Install pytorch-triton-xpu from the PyTorch XPU index (the version torch requires) and uninstall triton.</source>
        <translation>从 PyTorch XPU 索引安装 pytorch-triton-xpu（torch 要求的版本），并卸载 triton。</translation>
    </message>
    <message>
        <source>These packages will compile on first use on {gpu}: {packages} ({modules} SPIR-V modules, {size}).</source>
        <translation>以下软件包将在 {gpu} 上首次使用时编译：{packages}（{modules} 个 SPIR-V 模块，{size}）。</translation>
    </message>
    <message>
        <source>These packages are expected to compile on first use on {gpu}: {packages} ({modules} SPIR-V modules, {size}).</source>
        <translation>以下软件包预计将在 {gpu} 上首次使用时编译：{packages}（{modules} 个 SPIR-V 模块，{size}）。</translation>
    </message>
    <message>
        <source>Keep compiled kernels with SYCL_CACHE_PERSISTENT=1 so each compiles only once; {command} lists every library and why.</source>
        <translation>设置 SYCL_CACHE_PERSISTENT=1 保留已编译的内核，每个内核只编译一次；{command} 会列出每个库及原因。</translation>
    </message>
    <message>
        <source>{path} is not a Python environment (no site-packages folder found).</source>
        <translation>{path} 不是 Python 环境（未找到 site-packages 文件夹）。</translation>
    </message>
    <message>
        <source>Give either --gpu or --probe, not both.</source>
        <translation>请只提供 --gpu 或 --probe 其中之一。</translation>
    </message>
    <message>
        <source>Give --venv DIR or --wheel FILE|URL|REQUIREMENT.</source>
        <translation>请提供 --venv DIR 或 --wheel FILE|URL|REQUIREMENT。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a wheel file, an http(s) URL of a wheel, nor a pinned requirement such as bitsandbytes==0.50.2.</source>
        <translation>“{text}”既不是 wheel 文件、wheel 的 http(s) 网址，也不是固定版本的依赖（例如 bitsandbytes==0.50.2）。</translation>
    </message>
    <message>
        <source>{index} has no wheel of {requirement} for Python {python} on {os}.</source>
        <translation>{index} 上没有适用于 {os} 上 Python {python} 的 {requirement} wheel。</translation>
    </message>
    <message>
        <source>The index page {url} is larger than {limit}, too large to be an index page; nothing was compared.</source>
        <translation>索引页 {url} 大于 {limit}，不可能是索引页；未做任何比较。</translation>
    </message>
    <message>
        <source>The index page {url} lists more than {limit} files, too many for one project; nothing was compared.</source>
        <translation>索引页 {url} 列出超过 {limit} 个文件，对一个项目来说太多；未做任何比较。</translation>
    </message>
    <message>
        <source>The index page {url} is not a valid {kind} document ({problem}); nothing was compared.</source>
        <translation>索引页 {url} 不是有效的 {kind} 文档（{problem}）；未做任何比较。</translation>
    </message>
    <message>
        <source>The index page {url} has a file entry that was refused: {reason}</source>
        <translation>索引页 {url} 中有一个文件条目被拒绝：{reason}</translation>
    </message>
    <message>
        <source>The release list {url} holds more than {limit} releases or assets in one release, more than a release page has; nothing was compared.</source>
        <translation>发布列表 {url} 含有超过 {limit} 个发布，或单个发布中的资产超过此数，多于任何发布页；未做任何比较。</translation>
    </message>
    <message>
        <source>{file} is not a report of &apos;catalog discover --json&apos; (it has no list of pinned_files with url and sha256).</source>
        <translation>{file} 不是“catalog discover --json”的报告（其中没有带 url 和 sha256 的 pinned_files 列表）。</translation>
    </message>
    <message>
        <source>The index {url} answered {status}.</source>
        <translation>索引 {url} 回应 {status}。</translation>
    </message>
    <message>
        <source>GitHub&apos;s API answered {status} for {url}: without a token it allows 60 requests an hour from one address; run discover again later.</source>
        <translation>GitHub 的 API 对 {url} 回应 {status}：没有令牌时，同一地址每小时只能请求 60 次；请稍后再运行 discover。</translation>
    </message>
    <message>
        <source>Could not read the index {url} ({problem}, {tries} attempts).</source>
        <translation>无法读取索引 {url}（{problem}，尝试 {tries} 次）。</translation>
    </message>
    <message>
        <source>Catalog ({origin}, updated {updated}) against {pages} index pages and {releases} release lists ({seconds} s):</source>
        <translation>构建目录（{origin}，更新于 {updated}）与 {pages} 个索引页和 {releases} 个发布列表对比（{seconds} 秒）：</translation>
    </message>
    <message>
        <source>NEW {project} {version} on {index} for {os}: Pythons {pythons}; platforms {platforms}</source>
        <translation>新版本 {project} {version}，位于 {index}，适用于 {os}：Python {pythons}；平台 {platforms}</translation>
    </message>
    <message>
        <source>PYTHONS {build_id}: the catalog says {declared} ({certainty}), the index has {found}</source>
        <translation>Python 不符 {build_id}：构建目录写的是 {declared}（{certainty}），索引上有 {found}</translation>
    </message>
    <message>
        <source>PYTHONS {build_id}: the catalog does not know them, the index has {found}</source>
        <translation>Python 不符 {build_id}：构建目录中未知，索引上有 {found}</translation>
    </message>
    <message>
        <source>PYTHONS {build_id}: the catalog says {declared} ({certainty}), the index has no Python with every pinned wheel</source>
        <translation>Python 不符 {build_id}：构建目录写的是 {declared}（{certainty}），索引上没有任何 Python 版本具备全部固定版本的 wheel</translation>
    </message>
    <message>
        <source>UNRESOLVED {build_id}: {requirement} matches no {os} file on {indexes}</source>
        <translation>无法解析 {build_id}：{requirement} 在 {indexes} 上没有匹配的 {os} 文件</translation>
    </message>
    <message>
        <source>UNRESOLVED {build_id}: {filename} is not among the assets of release {tag} of {repo}</source>
        <translation>无法解析 {build_id}：{filename} 不在 {repo} 的发布 {tag} 的资产中</translation>
    </message>
    <message>
        <source>NEW RELEASE {tag} of {repo}: {count} wheels ({projects})</source>
        <translation>新发布 {repo} 的 {tag}：{count} 个 wheel（{projects}）</translation>
    </message>
    <message>
        <source>HASH CHANGED {build_id}: {filename} is {found} in release {tag} of {repo}, the catalog records {recorded} ({source})</source>
        <translation>哈希已变 {build_id}：{filename} 在 {repo} 的发布 {tag} 中为 {found}，构建目录记录的是 {recorded}（{source}）</translation>
    </message>
    <message>
        <source>HASH CHANGED {build_id}: {filename} is {found} in release {tag} of {repo}, the catalog records {recorded}</source>
        <translation>哈希已变 {build_id}：{filename} 在 {repo} 的发布 {tag} 中为 {found}，构建目录记录的是 {recorded}</translation>
    </message>
    <message>
        <source>SIZE CHANGED {build_id}: {filename} is {found} bytes in release {tag} of {repo}, the catalog records {recorded}</source>
        <translation>大小已变 {build_id}：{filename} 在 {repo} 的发布 {tag} 中为 {found} 字节，构建目录记录的是 {recorded}</translation>
    </message>
    <message>
        <source>HASH CHANGED {build_id}: {filename} is {found} on {where}; the earlier report {report} had {recorded}</source>
        <translation>哈希已变 {build_id}：{filename} 在 {where} 上为 {found}；之前的报告 {report} 记录的是 {recorded}</translation>
    </message>
    <message>
        <source>The catalog records no hash for {count} files whose release assets give one; --write records them in the draft.</source>
        <translation>有 {count} 个文件的发布资产给出了哈希，而构建目录未记录；--write 会把它们记入草稿。</translation>
    </message>
    <message>
        <source>The catalog records no hashes for index wheels; the {count} files its pins resolve to are listed with their sha256 in --json (pinned_files): keep that report and compare the next run with --since REPORT.</source>
        <translation>构建目录不记录索引上 wheel 的哈希；其固定版本解析到的 {count} 个文件及其 sha256 列在 --json 输出（pinned_files）中：请保存该报告，下次运行时用 --since REPORT 对比。</translation>
    </message>
    <message>
        <source>No differences: every pin resolves, no new versions, the Python lists and the recorded hashes match.</source>
        <translation>没有差异：每个固定版本都能解析，没有新版本，Python 列表和已记录的哈希都一致。</translation>
    </message>
    <message>
        <source>{count} differences.</source>
        <translation>{count} 处差异。</translation>
    </message>
    <message>
        <source>Wrote the draft catalog {path} ({added} builds added, {changed} builds changed; every new field is marked &apos;from the index&apos;); review it, then run &apos;catalog validate {path}&apos;.</source>
        <translation>已写入构建目录草稿 {path}（新增 {added} 个构建，修改 {changed} 个构建；每个新字段都标为“from the index”）；请审阅，然后运行“catalog validate {path}”。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Python version like 3.11.</source>
        <translation>“{value}”不是形如 3.11 的 Python 版本。</translation>
    </message>
    <message>
        <source>Build {build_id} lists Pythons {pythons}, not {python}; choose one of those.</source>
        <translation>构建 {build_id} 列出的 Python 为 {pythons}，不含 {python}；请从中选择一个。</translation>
    </message>
    <message>
        <source>Build {build_id} pins no wheel of {projects}; it pins {pinned}.</source>
        <translation>构建 {build_id} 没有固定 {projects} 的 wheel；它固定的是 {pinned}。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a wheel platform tag like win_amd64 or manylinux_2_28_x86_64.</source>
        <translation>“{value}”不是形如 win_amd64 或 manylinux_2_28_x86_64 的 wheel 平台标签。</translation>
    </message>
    <message>
        <source>{path} exists and is not a measurements file written by &apos;catalog verify&apos;; choose another file.</source>
        <translation>{path} 已存在，且不是“catalog verify”写出的测量文件；请选择其他文件。</translation>
    </message>
    <message>
        <source>Build {build_id} ({os}, Python {python}{platform}): measuring the AOT lists from its wheels.</source>
        <translation>构建 {build_id}（{os}，Python {python}{platform}）：从其 wheel 测量 AOT 列表。</translation>
    </message>
    <message>
        <source>{requirement}: no {os} wheel for Python {python}{platform} on {indexes}.</source>
        <translation>{requirement}：{indexes} 上没有适用于 {os}、Python {python}{platform} 的 wheel。</translation>
    </message>
    <message>
        <source>Wheel {project} {version}: {filename}</source>
        <translation>wheel 文件 {project} {version}：{filename}</translation>
    </message>
    <message>
        <source>sha256 {sha256} (from the index page)</source>
        <translation>sha256 {sha256}（来自索引页）</translation>
    </message>
    <message>
        <source>sha256 {sha256} (recorded in the catalog)</source>
        <translation>sha256 {sha256}（记录在目录中）</translation>
    </message>
    <message>
        <source>no sha256 known (neither the index nor the catalog gives one)</source>
        <translation>未知 sha256（索引和目录都没有给出）</translation>
    </message>
    <message>
        <source>read by HTTP Range: {fetched} of {size} ({percent}%) in {requests} requests, {seconds} s; the file as a whole was not hashed here, so the sha256 above is taken on trust</source>
        <translation>通过 HTTP Range 读取：{size} 中的 {fetched}（{percent}%），{requests} 次请求，{seconds} 秒；此处未对整个文件计算哈希，因此上面的 sha256 未经核对</translation>
    </message>
    <message>
        <source>the server ignored Range: downloaded whole ({fetched}, {requests} requests, {seconds} s); its sha256 matched the one above</source>
        <translation>服务器忽略了 Range：已完整下载（{fetched}，{requests} 次请求，{seconds} 秒）；其 sha256 与上面的一致</translation>
    </message>
    <message>
        <source>the server ignored Range: downloaded whole ({fetched}, {requests} requests, {seconds} s); sha256 {sha256} computed here, none known to check it against</source>
        <translation>服务器忽略了 Range：已完整下载（{fetched}，{requests} 次请求，{seconds} 秒）；此处算得 sha256 {sha256}，没有可供核对的已知值</translation>
    </message>
    <message>
        <source>{member}: archive members {members}; GPU IP {ips}; SPIR-V {spirv}</source>
        <translation>{member}：归档成员 {members}；GPU IP {ips}；SPIR-V {spirv}</translation>
    </message>
    <message>
        <source>{member}: no SYCL device images</source>
        <translation>{member}：没有 SYCL 设备映像</translation>
    </message>
    <message>
        <source>{member}: no SYCL device images (no .tgtimg in its headers; stopped after {fetched})</source>
        <translation>{member}：没有 SYCL 设备映像（文件头中没有 .tgtimg；读取 {fetched} 后停止）</translation>
    </message>
    <message>
        <source>{member}: no SYCL device images (its dynamic strings name no SYCL; stopped after {fetched})</source>
        <translation>{member}：没有 SYCL 设备映像（其动态字符串中没有 SYCL；读取 {fetched} 后停止）</translation>
    </message>
    <message>
        <source>{count} member names were left out as unsafe (for example &apos;{example}&apos;)</source>
        <translation>有 {count} 个成员名称因不安全而被略过（例如“{example}”）</translation>
    </message>
    <message>
        <source>Measured: no library of these wheels carries SYCL device images: JIT only, or a CPU build.</source>
        <translation>测量结果：这些 wheel 中没有任何库带有 SYCL 设备映像：只能 JIT，或是 CPU 构建。</translation>
    </message>
    <message>
        <source>Measured AOT members (every library with images): {members}; SPIR-V fallback {spirv}.</source>
        <translation>测得的 AOT 成员（所有带映像的库共有）：{members}；SPIR-V 回退 {spirv}。</translation>
    </message>
    <message>
        <source>The libraries differ: {detail}.</source>
        <translation>各库不一致：{detail}。</translation>
    </message>
    <message>
        <source>As an AOT device list: {devices}</source>
        <translation>作为 AOT 设备列表：{devices}</translation>
    </message>
    <message>
        <source>Catalog: {devices} ({certainty}): agrees.</source>
        <translation>目录：{devices}（{certainty}）：一致。</translation>
    </message>
    <message>
        <source>Catalog: {devices} ({certainty}): DIFFERS; missing {missing}; not in the catalog {extra}.</source>
        <translation>目录：{devices}（{certainty}）：不一致；缺少 {missing}；目录中没有 {extra}。</translation>
    </message>
    <message>
        <source>Catalog: AOT list not published ({certainty}); the measurement above fills it.</source>
        <translation>目录：未公布 AOT 列表（{certainty}）；上面的测量结果补上了它。</translation>
    </message>
    <message>
        <source>Recorded the measurement for {build_id} in {path} (certainty &apos;measured&apos;), for review; the catalog itself was not changed.</source>
        <translation>已将 {build_id} 的测量结果记录到 {path}（可信度“measured”），供审阅；目录本身未被修改。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{host} answered {status} for {file}.</source>
        <translation>{host} 对 {file} 的请求返回了 {status}。</translation>
    </message>
    <message>
        <source>Reading {file} from {host} failed ({reason}; {attempts} attempts in a row without progress).</source>
        <translation>从 {host} 读取 {file} 失败（{reason}；连续 {attempts} 次尝试均无进展）。</translation>
    </message>
    <message>
        <source>{file} on {host} is empty, not a zip archive.</source>
        <translation>{host} 上的 {file} 是空文件，不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>{file} on {host} is {size}, more than the {limit} allowed for one file; it was not read.</source>
        <translation>{host} 上的 {file} 大小为 {size}，超过单个文件允许的 {limit}；未读取。</translation>
    </message>
    <message>
        <source>{file} from {host} is not a complete zip archive: its end record is missing (a cut-short or damaged file); nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 不是完整的 zip 压缩包：缺少结束记录（文件被截断或已损坏）；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} is a split (multi-disk) zip archive, which no wheel is; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 是分卷（多磁盘）zip 压缩包，wheel 不会是这种格式；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} is damaged: its central directory does not lie where its end record says; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 已损坏：其中央目录不在结束记录所指的位置；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} declares a central directory of {size}, more than the {limit} any real wheel has; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 声明的中央目录为 {size}，超过任何真实 wheel 的 {limit}；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} lists {count} files, more than the {limit} any real wheel has; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 列出了 {count} 个文件，超过任何真实 wheel 的 {limit} 个；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} is damaged: entry {index} of its central directory is not valid; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 已损坏：其中央目录的第 {index} 项无效；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} lists &apos;{member}&apos; twice, which no real wheel does; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 两次列出了“{member}”，真实的 wheel 不会这样；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} is damaged: &apos;{member}&apos; does not lie inside the archive&apos;s data; nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 已损坏：“{member}”不在压缩包的数据范围内；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} from {host} is damaged: the local header of &apos;{member}&apos; does not match its directory entry.</source>
        <translation>来自 {host} 的 {file} 已损坏：“{member}”的本地文件头与其目录项不一致。</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; in {file} uses compression method {method}, which this app cannot read.</source>
        <translation>{file} 中的“{member}”使用了压缩方法 {method}，本程序无法读取。</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; in {file} is encrypted; a wheel never is.</source>
        <translation>{file} 中的“{member}”已加密；wheel 从不加密。</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; in {file} is compressed over {limit} times: a zip bomb, not a wheel; it was not unpacked.</source>
        <translation>{file} 中的“{member}”压缩比超过 {limit} 倍：这是 zip 炸弹而不是 wheel；未解压。</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; in {file} unpacks to {size}, more than the {limit} allowed; it was not unpacked.</source>
        <translation>{file} 中的“{member}”解压后为 {size}，超过允许的 {limit}；未解压。</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; in {file} does not unpack to the {size} bytes with the checksum its directory entry gives; the archive is damaged.</source>
        <translation>{file} 中的“{member}”解压后不是其目录项所给的 {size} 字节及校验和；压缩包已损坏。</translation>
    </message>
    <message>
        <source>{file} on {host} changed while it was being read (its size or version differs between requests); run again.</source>
        <translation>{host} 上的 {file} 在读取过程中发生了变化（各次请求之间大小或版本不同）；请重新运行。</translation>
    </message>
    <message>
        <source>{host} answered a range request for {file} with other bytes than asked for; the server is misconfigured.</source>
        <translation>{host} 对 {file} 的范围请求返回了与所请求不同的字节；该服务器配置有误。</translation>
    </message>
    <message>
        <source>{file} from {host} does not match the index&apos;s SHA-256 (expected {expected}…, got {got}…); nothing was read from it.</source>
        <translation>来自 {host} 的 {file} 与索引给出的 SHA-256 不符（应为 {expected}…，实为 {got}…）；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>{file} has no member &apos;{member}&apos;.</source>
        <translation>{file} 中没有成员“{member}”。</translation>
    </message>
    <message>
        <source>an official Intel build</source>
        <translation>英特尔官方构建</translation>
    </message>
    <message>
        <source>a community build (not from Intel)</source>
        <translation>社区构建（非英特尔发布）</translation>
    </message>
    <message>
        <source>an upstream PyTorch build</source>
        <translation>上游 PyTorch 构建</translation>
    </message>
    <message>
        <source>documented</source>
        <translation>有文档记载</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown channel &apos;{channel}&apos;; use one of {channels}.</source>
        <translation>未知的渠道“{channel}”；请使用以下之一：{channels}。</translation>
    </message>
    <message>
        <source>There is no GPU number {index} in the probe (it lists {count}).</source>
        <translation>检测结果中没有编号为 {index} 的 GPU（共列出 {count} 个）。</translation>
    </message>
    <message>
        <source>No GPU was found, so there is nothing to plan for.</source>
        <translation>没有找到 GPU，因此无法制定安装方案。</translation>
    </message>
    <message>
        <source>{gpu} is not an Intel GPU; IPEX and PyTorch XPU run only on Intel GPUs.</source>
        <translation>{gpu} 不是英特尔 GPU；IPEX 和 PyTorch XPU 只能在英特尔 GPU 上运行。</translation>
    </message>
    <message>
        <source>The Intel GPU {device} is not in the installer&apos;s device list, so which build supports it, if any, is unknown.</source>
        <translation>英特尔 GPU {device} 不在本安装程序的设备列表中，因此不知道哪个构建支持它（如果有的话）。</translation>
    </message>
    <message>
        <source>{gpu} is not supported by IPEX or PyTorch XPU (no build has native code for it and it is in neither project&apos;s validated list).</source>
        <translation>IPEX 和 PyTorch XPU 都不支持 {gpu}（没有构建含有它的原生代码，它也不在两个项目的验证列表中）。</translation>
    </message>
    <message>
        <source>It is built for {build_os}, not {os}.</source>
        <translation>它是为 {build_os} 构建的，不是 {os}。</translation>
    </message>
    <message>
        <source>It is {channel_words}, outside the requested channel &apos;{channel}&apos;.</source>
        <translation>它是{channel_words}，不在所要求的渠道“{channel}”内。</translation>
    </message>
    <message>
        <source>It is not IPEX {pin}, which was asked for.</source>
        <translation>它不是所要求的 IPEX {pin}。</translation>
    </message>
    <message>
        <source>It is not torch {pin}, which was asked for.</source>
        <translation>它不是所要求的 torch {pin}。</translation>
    </message>
    <message>
        <source>{project} does not support {gpu}.</source>
        <translation>{project} 不支持 {gpu}。</translation>
    </message>
    <message>
        <source>This release does not support {label}: {note}</source>
        <translation>此发布不支持 {label}：{note}</translation>
    </message>
    <message>
        <source>It was withdrawn: {note}</source>
        <translation>它已被撤回：{note}</translation>
    </message>
    <message>
        <source>It was withdrawn: do not install it.</source>
        <translation>它已被撤回：请勿安装。</translation>
    </message>
    <message>
        <source>It has no native code for this GPU and no SPIR-V fallback, so its kernels would fail to load; it must never be installed on this GPU.</source>
        <translation>它没有此 GPU 的原生代码，也没有 SPIR-V 后备，因此其核函数将无法加载；绝不能在此 GPU 上安装它。</translation>
    </message>
    <message>
        <source>It has no known native code for this GPU, and whether it carries a SPIR-V fallback is unknown, so its kernels might not load.</source>
        <translation>它没有已知的此 GPU 原生代码，也不知道是否带有 SPIR-V 后备，因此其核函数可能无法加载。</translation>
    </message>
    <message>
        <source>Its Python versions are not known; give the Python to use (--python X.Y).</source>
        <translation>它支持的 Python 版本未知；请指定要使用的 Python（--python X.Y）。</translation>
    </message>
    <message>
        <source>It has no wheels for Python {asked} (it has {have}).</source>
        <translation>它没有适用于 Python {asked} 的 wheel（它有 {have}）。</translation>
    </message>
    <message>
        <source>Has native (AOT) code for your GPU, so kernels need no compiling on first use. {reason}</source>
        <translation>含有适用于您 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>Has native (AOT) code for your GPU through AOT target &apos;{target}&apos;, so kernels need no compiling on first use. {reason}</source>
        <translation>通过 AOT 目标“{target}”含有适用于您 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>Expected to have native (AOT) code for your GPU, so kernels need no compiling on first use. {reason}</source>
        <translation>预计含有适用于您 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>Expected to have native (AOT) code for your GPU through AOT target &apos;{target}&apos;, so kernels need no compiling on first use. {reason}</source>
        <translation>预计通过 AOT 目标“{target}”含有适用于您 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>{reason} So kernels are compiled on first use (JIT).</source>
        <translation>{reason}因此核函数会在首次使用时编译（JIT）。</translation>
    </message>
    <message>
        <source>It is {channel_words}.</source>
        <translation>它是{channel_words}。</translation>
    </message>
    <message>
        <source>Expect a slow first run. {cost}</source>
        <translation>首次运行会比较慢。{cost}</translation>
    </message>
    <message>
        <source>It is the only build that fits.</source>
        <translation>它是唯一适用的构建。</translation>
    </message>
    <message>
        <source>Picked over {title} because {why}.</source>
        <translation>优先于 {title}，因为{why}。</translation>
    </message>
    <message>
        <source>it has native code for your GPU and that one would compile kernels on first use</source>
        <translation>它含有适用于您 GPU 的原生代码，而另一个要在首次使用时编译核函数</translation>
    </message>
    <message>
        <source>{first} ranks before {second}</source>
        <translation>{first}排在{second}之前</translation>
    </message>
    <message>
        <source>it is newer</source>
        <translation>它更新</translation>
    </message>
    <message>
        <source>it is the general build, and that one was made for another GPU platform</source>
        <translation>它是通用构建，而另一个是为其他 GPU 平台制作的</translation>
    </message>
    <message>
        <source>it was made for your GPU&apos;s platform</source>
        <translation>它是为您 GPU 所在平台制作的</translation>
    </message>
    <message>
        <source>it was released later</source>
        <translation>它发布得更晚</translation>
    </message>
    <message>
        <source>both are otherwise equal</source>
        <translation>两者在其他方面相同</translation>
    </message>
    <message>
        <source>&apos;{expect}&apos; is expected, not certain ({certainty}); the smoke test after the install shows what the runtime really does.</source>
        <translation>预计为“{expect}”，但不确定（{certainty}）；安装后的冒烟测试会显示运行时的实际情况。</translation>
    </message>
    <message>
        <source>Whether {title} has wheels for Python {python} is not known; the install will fail early if it has none.</source>
        <translation>不知道 {title} 是否有适用于 Python {python} 的 wheel；如果没有，安装会在早期失败。</translation>
    </message>
    <message>
        <source>Python {python} wheels for this build are inferred, not documented: {note}</source>
        <translation>此构建的 Python {python} wheel 是推断的，没有文档记载：{note}</translation>
    </message>
    <message>
        <source>Python {python} wheels for this build are inferred, not documented: the official matrix is not published.</source>
        <translation>此构建的 Python {python} wheel 是推断的，没有文档记载：官方未公布支持的 Python 版本。</translation>
    </message>
    <message>
        <source>Archived: {note}</source>
        <translation>已归档：{note}</translation>
    </message>
    <message>
        <source>Unmaintained: {note}</source>
        <translation>无人维护：{note}</translation>
    </message>
    <message>
        <source>Upstream PyTorch XPU has no build yet for this GPU, operating system and Python.</source>
        <translation>上游 PyTorch XPU 暂时还没有适合此 GPU、操作系统和 Python 的构建。</translation>
    </message>
    <message>
        <source>Needs: {what}</source>
        <translation>需要：{what}</translation>
    </message>
    <message>
        <source>Driver: this build was tested with {driver}.</source>
        <translation>驱动程序：此构建使用 {driver} 测试过。</translation>
    </message>
    <message>
        <source>Driver: no minimum is published for this build. {note}</source>
        <translation>驱动程序：此构建没有公布最低版本。{note}</translation>
    </message>
    <message>
        <source>No Python was named or found, so this plan is for Python {python}, the newest this build has wheels for; the installer can provide it.</source>
        <translation>没有指定也没有找到 Python，因此此方案使用 Python {python}，即此构建提供 wheel 的最新版本；安装程序可以提供它。</translation>
    </message>
    <message>
        <source>{file} has no known sha256: it will be installed unverified.</source>
        <translation>{file} 没有已知的 sha256：将在未经校验的情况下安装。</translation>
    </message>
    <message>
        <source>The sha256 of {file} comes from {source}.</source>
        <translation>{file} 的 sha256 来自 {source}。</translation>
    </message>
    <message>
        <source>{count} builds were left out because their Python versions are not in the catalog; name a Python (--python X.Y) to consider them.</source>
        <translation>有 {count} 个构建被排除，因为目录中没有它们支持的 Python 版本；请指定 Python（--python X.Y）以考虑它们。</translation>
    </message>
    <message>
        <source>{title} has native code for your GPU: name the Python to use (--python X.Y) to get it.</source>
        <translation>{title} 含有适用于您 GPU 的原生代码：请指定要使用的 Python（--python X.Y）以选用它。</translation>
    </message>
    <message>
        <source>Another Python would work: {title} has native code for your GPU and has wheels for Python {pythons}.</source>
        <translation>换一个 Python 版本即可：{title} 含有适用于您 GPU 的原生代码，并提供 Python {pythons} 的 wheel。</translation>
    </message>
    <message>
        <source>Another Python would work: {title} fits your GPU and has wheels for Python {pythons}.</source>
        <translation>换一个 Python 版本即可：{title} 适用于您的 GPU，并提供 Python {pythons} 的 wheel。</translation>
    </message>
    <message>
        <source>{title} has native code for your GPU: use --channel {flag} to get it.</source>
        <translation>{title} 含有适用于您 GPU 的原生代码：使用 --channel {flag} 以选用它。</translation>
    </message>
    <message>
        <source>No build in the catalog fits {gpu} on {what} in channel &apos;{channel}&apos;; see &apos;rejected&apos; for why each was left out.</source>
        <translation>目录中没有适合 {gpu}（{what}，渠道“{channel}”）的构建；每个构建被排除的原因见“rejected”。</translation>
    </message>
    <message>
        <source>The build&apos;s sources state it has native code for this kind of GPU ({names}); its exact AOT list is not published ({source}).</source>
        <translation>该构建的来源说明它含有这类 GPU（{names}）的原生代码；其确切的 AOT 列表未公布（{source}）。</translation>
    </message>
    <message>
        <source>The build&apos;s sources state it has no native code for this kind of GPU ({names}): {source}.</source>
        <translation>该构建的来源说明它没有这类 GPU（{names}）的原生代码：{source}。</translation>
    </message>
    <message>
        <source>The build&apos;s AOT device list is not published and no source says whether it covers this GPU.</source>
        <translation>该构建的 AOT 设备列表未公布，也没有来源说明它是否涵盖此 GPU。</translation>
    </message>
    <message>
        <source>The driver is expected to pick member {member} by the product name &apos;{product}&apos;, but this GPU&apos;s IP version is unknown, so it cannot be confirmed that the code fits.</source>
        <translation>预计驱动程序会按产品名“{product}”选择成员 {member}，但此 GPU 的 IP 版本未知，因此无法确认代码适用。</translation>
    </message>
    <message>
        <source>The driver is expected to pick member {member}, but which GPU its code was built for is unknown.</source>
        <translation>预计驱动程序会选择成员 {member}，但不知道其代码是为哪种 GPU 构建的。</translation>
    </message>
    <message>
        <source>The build has native code for this GPU&apos;s IP version {ip} (archive member {member}).</source>
        <translation>该构建含有适用于此 GPU 的 IP 版本 {ip} 的原生代码（归档成员 {member}）。</translation>
    </message>
    <message>
        <source>The build&apos;s native code for IP {inner} (member {member}) is expected to load on this GPU&apos;s IP {ip}, a different stepping of the same chip.</source>
        <translation>该构建针对 IP {inner} 的原生代码（成员 {member}）预计可在此 GPU 的 IP {ip} 上加载，这是同一芯片的不同步进。</translation>
    </message>
    <message>
        <source>The driver is expected to load member {member} (built for IP {inner}) on this GPU&apos;s IP {ip} through its compatibility map; that needs a recent driver.</source>
        <translation>预计驱动程序会通过其兼容性映射在此 GPU 的 IP {ip} 上加载成员 {member}（为 IP {inner} 构建）；这需要较新的驱动程序。</translation>
    </message>
    <message>
        <source>The driver would pick member {member}, but its code is for IP {inner}, not this GPU&apos;s IP {ip}; whether it then uses the SPIR-V fallback is not known.</source>
        <translation>驱动程序会选择成员 {member}，但其代码针对的是 IP {inner}，而不是此 GPU 的 IP {ip}；不知道它随后是否会使用 SPIR-V 后备。</translation>
    </message>
    <message>
        <source>This GPU&apos;s IP version and product are unknown, so no native code can be matched; the driver would compile the SPIR-V fallback (JIT).</source>
        <translation>此 GPU 的 IP 版本和产品都未知，因此无法匹配原生代码；驱动程序会编译 SPIR-V 后备（JIT）。</translation>
    </message>
    <message>
        <source>This GPU&apos;s IP version and product are unknown and the build has no SPIR-V fallback, so its kernels may fail to load.</source>
        <translation>此 GPU 的 IP 版本和产品都未知，且该构建没有 SPIR-V 后备，因此其核函数可能无法加载。</translation>
    </message>
    <message>
        <source>The build has no native code for this GPU ({gpu}); the driver compiles the SPIR-V fallback on first use (JIT).</source>
        <translation>该构建没有此 GPU（{gpu}）的原生代码；驱动程序会在首次使用时编译 SPIR-V 后备（JIT）。</translation>
    </message>
    <message>
        <source>The build has no native code for this GPU ({gpu}) and no SPIR-V fallback, so its kernels would fail to load.</source>
        <translation>该构建没有此 GPU（{gpu}）的原生代码，也没有 SPIR-V 后备，因此其核函数将无法加载。</translation>
    </message>
    <message>
        <source>IP 12.70 is either Meteor Lake-U or Arrow Lake-U/S and the driver treats them differently here; without the product name, expect the worse case. {reason}</source>
        <translation>IP 12.70 可能是 Meteor Lake-U，也可能是 Arrow Lake-U/S，而驱动程序在这里对两者的处理不同；在不知道产品名的情况下，按较差的情况预计。{reason}</translation>
    </message>
    <message>
        <source>Arc A-series is validated by IPEX (since 2.1.10) and PyTorch XPU.</source>
        <translation>Arc A 系列已通过 IPEX（自 2.1.10 起）和 PyTorch XPU 的验证。</translation>
    </message>
    <message>
        <source>Data Center GPU Flex: IPEX supports it up to 2.6.10 (deprecated after); not in PyTorch XPU&apos;s validated list.</source>
        <translation>数据中心 GPU Flex：IPEX 支持到 2.6.10（之后弃用）；不在 PyTorch XPU 的验证列表中。</translation>
    </message>
    <message>
        <source>Data Center GPU Max is validated on Linux only.</source>
        <translation>数据中心 GPU Max 仅在 Linux 上通过验证。</translation>
    </message>
    <message>
        <source>Pre-production Ponte Vecchio; support is not established.</source>
        <translation>预生产版 Ponte Vecchio；是否支持尚未确定。</translation>
    </message>
    <message>
        <source>Meteor Lake-U is not in the validated lists; Linux PyTorch 2.7+ wheels carry no AOT code for IP 12.70 (JIT on first use).</source>
        <translation>Meteor Lake-U 不在验证列表中；Linux 上 PyTorch 2.7 及以上的 wheel 不含 IP 12.70 的 AOT 代码（首次使用时 JIT 编译）。</translation>
    </message>
    <message>
        <source>Core Ultra Series 1 (Meteor Lake-H) is validated by IPEX and PyTorch XPU.</source>
        <translation>Core Ultra 第一代（Meteor Lake-H）已通过 IPEX 和 PyTorch XPU 的验证。</translation>
    </message>
    <message>
        <source>Arrow Lake-U/S has the Meteor Lake-U GPU IP (12.70.4) but the runtime product &apos;arl&apos;, so its AOT name is arl-u/arl-s (alias of mtl-u), not arl-h; it is not in the validated lists.</source>
        <translation>Arrow Lake-U/S 使用 Meteor Lake-U 的 GPU IP（12.70.4），但运行时产品名是“arl”，因此其 AOT 名称是 arl-u/arl-s（mtl-u 的别名），而不是 arl-h；它不在验证列表中。</translation>
    </message>
    <message>
        <source>Core Ultra 200H (Arrow Lake-H) is validated (IPEX 2.6.10 on Windows as beta, 2.7+).</source>
        <translation>Core Ultra 200H（Arrow Lake-H）已通过验证（Windows 上 IPEX 2.6.10 为测试版，2.7 及以上正式支持）。</translation>
    </message>
    <message>
        <source>Core Ultra 200V (Lunar Lake) is validated (IPEX from 2.5.10).</source>
        <translation>Core Ultra 200V（Lunar Lake）已通过验证（IPEX 自 2.5.10 起）。</translation>
    </message>
    <message>
        <source>Arc B-series is validated by PyTorch XPU; IPEX from 2.5.10 (Windows prototype) and 2.7+.</source>
        <translation>Arc B 系列已通过 PyTorch XPU 的验证；IPEX 自 2.5.10 起（Windows 上为原型）及 2.7 及以上支持。</translation>
    </message>
    <message>
        <source>PyTorch XPU validates Panther Lake on Windows 11 and Ubuntu 25.10+.</source>
        <translation>PyTorch XPU 在 Windows 11 和 Ubuntu 25.10 及以上验证了 Panther Lake。</translation>
    </message>
    <message>
        <source>IPEX development ended with 2.8.10, before this GPU; use upstream PyTorch XPU (IPEX support is unknown).</source>
        <translation>IPEX 的开发在 2.8.10 结束，早于此 GPU；请使用上游 PyTorch XPU（IPEX 是否支持未知）。</translation>
    </message>
    <message>
        <source>Wildcat Lake is newer than the validated lists; a ptl-h binary is expected to load on it (recent drivers).</source>
        <translation>Wildcat Lake 比验证列表更新；预计 ptl-h 的二进制代码可在其上加载（需较新的驱动程序）。</translation>
    </message>
    <message>
        <source>Nova Lake is a future part; support is not established.</source>
        <translation>Nova Lake 是未来的产品；是否支持尚未确定。</translation>
    </message>
    <message>
        <source>Crescent Island is a future data-centre part; support is not established.</source>
        <translation>Crescent Island 是未来的数据中心产品；是否支持尚未确定。</translation>
    </message>
    <message>
        <source>Xe-LP graphics (Iris Xe / UHD / DG1) is in no IPEX or PyTorch XPU validated list and in no default AOT list; whether it runs at all through JIT is not established (SD.Next reports that IPEX does not support it), so use the CPU build of PyTorch (or DirectML/OpenVINO) instead.</source>
        <translation>Xe-LP 显卡（Iris Xe / UHD / DG1）不在任何 IPEX 或 PyTorch XPU 验证列表中，也不在任何默认 AOT 列表中；它能否通过 JIT 运行尚未确定（SD.Next 报告 IPEX 不支持它），因此请改用 CPU 构建的 PyTorch（或 DirectML/OpenVINO）。</translation>
    </message>
    <message>
        <source>No driver supports this id (it is listed only in pci.ids).</source>
        <translation>没有驱动程序支持此 ID（它只出现在 pci.ids 中）。</translation>
    </message>
    <message>
        <source>The AOT name is assumed: compute-runtime does not list this id.</source>
        <translation>AOT 名称是推定的：compute-runtime 没有列出此 ID。</translation>
    </message>
    <message>
        <source>Reference note: {note}</source>
        <translation>参考资料备注：{note}</translation>
    </message>
    <message>
        <source>This Intel device id ({device}) is not in the installer&apos;s database; please report it (with the output of &apos;{command}&apos;) so it can be added.</source>
        <translation>此英特尔设备 ID（{device}）不在本安装程序的数据库中；请报告它（附上“{command}”的输出），以便添加。</translation>
    </message>
    <message>
        <source>Guessed family from the id prefix: {platform} (JIT expected).</source>
        <translation>根据 ID 前缀推测的系列：{platform}（预计为 JIT）。</translation>
    </message>
    <message>
        <source>Not an Intel GPU: IPEX and PyTorch XPU do not use it.</source>
        <translation>不是英特尔 GPU：IPEX 和 PyTorch XPU 不会使用它。</translation>
    </message>
    <message>
        <source>PCI revision {revision} is stepping {stepping} (IP {ip}), a pre-production part; retail parts report IP {retail_ip}.</source>
        <translation>PCI 修订版 {revision} 是步进 {stepping}（IP {ip}），属于预生产部件；零售部件报告的 IP 为 {retail_ip}。</translation>
    </message>
    <message>
        <source>Bound to gma500: this is Atom D2xxx/N2xxx graphics, not a Ponte Vecchio.</source>
        <translation>绑定到 gma500：这是 Atom D2xxx/N2xxx 显卡，不是 Ponte Vecchio。</translation>
    </message>
    <message>
        <source>Driver date {date}.</source>
        <translation>驱动程序日期 {date}。</translation>
    </message>
    <message>
        <source>Not a PCI GPU ({bus}); not usable for compute.</source>
        <translation>不是 PCI GPU（{bus}）；不能用于计算。</translation>
    </message>
    <message>
        <source>Windows reports the device status &apos;{status}&apos;.</source>
        <translation>Windows 报告的设备状态为“{status}”。</translation>
    </message>
    <message>
        <source>Windows reports the Intel GPU {gpu} as &apos;{status}&apos;: open Device Manager to see its problem, and reinstall the Intel driver.</source>
        <translation>Windows 报告英特尔 GPU {gpu} 的状态为“{status}”：请打开设备管理器查看问题，并重新安装英特尔驱动程序。</translation>
    </message>
    <message>
        <source>No Intel driver is installed: Windows uses its basic display driver.</source>
        <translation>没有安装英特尔驱动程序：Windows 正在使用其基本显示驱动程序。</translation>
    </message>
    <message>
        <source>The Intel GPU {device} has no Intel driver (Windows&apos; basic display driver runs it); install the latest Intel Arc &amp; Iris Xe Graphics driver from intel.com (or with Intel Driver &amp; Support Assistant).</source>
        <translation>英特尔 GPU {device} 没有英特尔驱动程序（由 Windows 的基本显示驱动程序运行）；请从 intel.com 安装最新的 Intel Arc &amp; Iris Xe Graphics 驱动程序（或使用英特尔驱动程序和支持助理）。</translation>
    </message>
    <message>
        <source>Driver version &apos;{version}&apos; could not be read.</source>
        <translation>无法读取驱动程序版本“{version}”。</translation>
    </message>
    <message>
        <source>Intel driver versions read AA.BB.CCC.DDDD: AA is the Windows driver model level (31 = WDDM 3.1, 32 = WDDM 3.2) and only the last two fields are the build (101.6078), so builds are compared on those.</source>
        <translation>英特尔驱动程序版本的格式为 AA.BB.CCC.DDDD：AA 是 Windows 驱动程序模型级别（31 = WDDM 3.1，32 = WDDM 3.2），只有最后两段是内部版本号（101.6078），因此按这两段比较。</translation>
    </message>
    <message>
        <source>The Intel driver {version} (build {build}) of {gpu} is older than the minimum ipex-llm requires, 31.0.101.5122 (build 101.5122); install the latest Intel Arc &amp; Iris Xe Graphics driver from intel.com (or with Intel Driver &amp; Support Assistant).</source>
        <translation>{gpu} 的英特尔驱动程序 {version}（内部版本号 {build}）低于 ipex-llm 要求的最低版本 31.0.101.5122（内部版本号 101.5122）；请从 intel.com 安装最新的 Intel Arc &amp; Iris Xe Graphics 驱动程序（或使用英特尔驱动程序和支持助理）。</translation>
    </message>
    <message>
        <source>The Intel driver {version} (build {build}) of {gpu} is older than the recommended 32.0.101.6078 (build 101.6078); install the latest Intel Arc &amp; Iris Xe Graphics driver from intel.com (or with Intel Driver &amp; Support Assistant).</source>
        <translation>{gpu} 的英特尔驱动程序 {version}（内部版本号 {build}）低于推荐的 32.0.101.6078（内部版本号 101.6078）；请从 intel.com 安装最新的 Intel Arc &amp; Iris Xe Graphics 驱动程序（或使用英特尔驱动程序和支持助理）。</translation>
    </message>
    <message>
        <source>This platform ({platform}) has no Intel GPU compute support; only Linux and Windows are probed.</source>
        <translation>此平台（{platform}）不支持英特尔 GPU 计算；只检测 Linux 和 Windows。</translation>
    </message>
    <message>
        <source>No Python interpreter was found; the installer can download one for the venv.</source>
        <translation>没有找到 Python 解释器；安装程序可以为虚拟环境下载一个。</translation>
    </message>
    <message>
        <source>No supported Intel GPU was found: the best one, {gpu}, is {level} for IPEX and PyTorch XPU.</source>
        <translation>没有找到受支持的英特尔 GPU：其中最好的 {gpu} 对 IPEX 和 PyTorch XPU 而言{level}。</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>usable only with compilation on first use (JIT)</source>
        <translation>只能在首次使用时编译（JIT）后使用</translation>
    </message>
    <message>
        <source>of unknown support</source>
        <translation>支持情况未知</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>不受支持</translation>
    </message>
    <message>
        <source>No display adapter was found.</source>
        <translation>没有找到显示适配器。</translation>
    </message>
    <message>
        <source>No Intel GPU was found; IPEX and PyTorch XPU need one.</source>
        <translation>没有找到英特尔 GPU；IPEX 和 PyTorch XPU 需要英特尔 GPU。</translation>
    </message>
    <message>
        <source>Primary: the only Intel GPU.</source>
        <translation>首选：唯一的英特尔 GPU。</translation>
    </message>
    <message>
        <source>Primary: chosen over {count} other Intel GPUs by support level first, then by type ({why}), then by XMX and newer IP.</source>
        <translation>首选：在另外 {count} 个英特尔 GPU 中，先按支持级别、再按类型（{why}）、再按 XMX 和较新的 IP 选出。</translation>
    </message>
    <message>
        <source>discrete GPUs, with their own memory, come first</source>
        <translation>独立显卡有自己的显存，排在最前</translation>
    </message>
    <message>
        <source>data-centre GPUs come after discrete ones</source>
        <translation>数据中心 GPU 排在独立显卡之后</translation>
    </message>
    <message>
        <source>integrated GPUs come after discrete and data-centre ones</source>
        <translation>集成显卡排在独立显卡和数据中心 GPU 之后</translation>
    </message>
    <message>
        <source>this one is not a known GPU type</source>
        <translation>这不是已知的 GPU 类型</translation>
    </message>
    <message>
        <source>No Intel compute runtime was found (packages intel-opencl-icd / libze-intel-gpu1): PyTorch XPU needs it to see the GPU; install your distribution&apos;s Intel GPU compute packages or Intel&apos;s client GPU driver.</source>
        <translation>没有找到英特尔计算运行时（软件包 intel-opencl-icd / libze-intel-gpu1）：PyTorch XPU 需要它才能看到 GPU；请安装您的发行版的英特尔 GPU 计算软件包，或英特尔的客户端 GPU 驱动程序。</translation>
    </message>
    <message>
        <source>Compute runtime {version} (from {source}).</source>
        <translation>计算运行时 {version}（来自 {source}）。</translation>
    </message>
    <message>
        <source>Compute runtime installed (seen as {source}); its version is unknown.</source>
        <translation>已安装计算运行时（见于 {source}）；其版本未知。</translation>
    </message>
    <message>
        <source>SR-IOV virtual function of {parent}.</source>
        <translation>{parent} 的 SR-IOV 虚拟功能。</translation>
    </message>
    <message>
        <source>No kernel driver is bound to the Intel GPU {gpu}: the running kernel ({kernel}) may be too old for it, or it needs {driver}.force_probe; check &apos;sudo dmesg | grep -i -e i915 -e xe&apos;.</source>
        <translation>英特尔 GPU {gpu} 没有绑定内核驱动程序：正在运行的内核（{kernel}）可能太旧，或者需要 {driver}.force_probe；请检查“sudo dmesg | grep -i -e i915 -e xe”。</translation>
    </message>
    <message>
        <source>No kernel driver is bound to the Intel GPU {gpu}: the kernel may be too old for it, or it needs {driver}.force_probe; check &apos;sudo dmesg | grep -i -e i915 -e xe&apos;.</source>
        <translation>英特尔 GPU {gpu} 没有绑定内核驱动程序：内核可能太旧，或者需要 {driver}.force_probe；请检查“sudo dmesg | grep -i -e i915 -e xe”。</translation>
    </message>
    <message>
        <source>No kernel driver bound: the GPU cannot be used until one is.</source>
        <translation>没有绑定内核驱动程序：在绑定之前无法使用此 GPU。</translation>
    </message>
    <message>
        <source>Bound to &apos;{driver}&apos;, not to i915 or xe.</source>
        <translation>绑定到“{driver}”，而不是 i915 或 xe。</translation>
    </message>
    <message>
        <source>Bound to &apos;{driver}&apos;, not to i915 or xe (passed through to a virtual machine).</source>
        <translation>绑定到“{driver}”，而不是 i915 或 xe（已直通给虚拟机）。</translation>
    </message>
    <message>
        <source>The Intel GPU {gpu} is bound to &apos;{driver}&apos; instead of i915 or xe, so compute cannot use it here.</source>
        <translation>英特尔 GPU {gpu} 绑定到“{driver}”而不是 i915 或 xe，因此这里无法用它进行计算。</translation>
    </message>
    <message>
        <source>Runs on the xe driver, which supports this GPU only with force_probe (experimental); i915 is its default driver.</source>
        <translation>运行在 xe 驱动程序上，而 xe 只有在 force_probe（实验性）时才支持此 GPU；i915 是它的默认驱动程序。</translation>
    </message>
    <message>
        <source>The driver created no render node (/dev/dri/renderD*).</source>
        <translation>驱动程序没有创建渲染节点（/dev/dri/renderD*）。</translation>
    </message>
    <message>
        <source>The Intel GPU {gpu} has no render node, so compute cannot reach it.</source>
        <translation>英特尔 GPU {gpu} 没有渲染节点，因此计算无法访问它。</translation>
    </message>
    <message>
        <source>{node} does not exist.</source>
        <translation>{node} 不存在。</translation>
    </message>
    <message>
        <source>{node} (the render node of {gpu}) is missing: in a container, pass --device /dev/dri.</source>
        <translation>{node}（{gpu} 的渲染节点）缺失：在容器中请传入 --device /dev/dri。</translation>
    </message>
    <message>
        <source>{node} is not readable and writable by you (group &apos;{group}&apos;).</source>
        <translation>您对 {node} 没有读写权限（组“{group}”）。</translation>
    </message>
    <message>
        <source>You cannot open {node}, the render node of {gpu}: add yourself to its group with &apos;sudo gpasswd -a $USER {group}&apos;, then log out and back in.</source>
        <translation>您无法打开 {gpu} 的渲染节点 {node}：请用“sudo gpasswd -a $USER {group}”把自己加入该组，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>This is WSL2: GPUs do not appear in Linux&apos;s PCI list here; the GPU is used through the Windows driver (/dev/dxg). Run the installer on Windows to probe it, or use sycl-ls inside WSL.</source>
        <translation>这是 WSL2：这里的 Linux PCI 列表中看不到 GPU；GPU 通过 Windows 驱动程序（/dev/dxg）使用。请在 Windows 上运行安装程序进行检测，或在 WSL 中使用 sycl-ls。</translation>
    </message>
    <message>
        <source>PyTorch {version} for {os} is on {index} but not in the catalog, so it is not yet verified. Known: wheels for Python {pythons} (from the index&apos;s file names) and, as its AOT list, the torch-xpu-ops release/{series} default {devices}. Not known: its AOT code as measured from the wheels, and which torchvision and torchaudio pair with it. To try it: {command}</source>
        <translation>{index} 上有 PyTorch {version}（{os}），但构建目录中没有它，因此尚未验证。已知：有 Python {pythons} 的 wheel（来自索引中的文件名）；其 AOT 列表取 torch-xpu-ops release/{series} 的默认值 {devices}。未知：从 wheel 实测的 AOT 代码，以及与之配套的 torchvision 和 torchaudio 版本。如要试用：{command}</translation>
    </message>
    <message>
        <source>PyTorch {version} for {os} is on {index} but not in the catalog, so it is not yet verified. Known: wheels for Python {pythons} (from the index&apos;s file names). Not known: its AOT list (no torch-xpu-ops release/{series} default is recorded, and nothing was measured), and which torchvision and torchaudio pair with it. To try it: {command}</source>
        <translation>{index} 上有 PyTorch {version}（{os}），但构建目录中没有它，因此尚未验证。已知：有 Python {pythons} 的 wheel（来自索引中的文件名）。未知：其 AOT 列表（构建目录未记录 torch-xpu-ops release/{series} 的默认值，也没有实测），以及与之配套的 torchvision 和 torchaudio 版本。如要试用：{command}</translation>
    </message>
    <message>
        <source>Could not look on {index} for releases newer than the catalog, so the plan uses the catalog only: {reason}</source>
        <translation>无法在 {index} 上查找比构建目录更新的版本，因此本计划只依据构建目录：{reason}</translation>
    </message>
    <message>
        <source>PyTorch {series} exists but is not yet verified by this installer: wheels for Python {pythons}; AOT list not known.</source>
        <translation>PyTorch {series} 已发布，但本安装程序尚未验证：有 Python {pythons} 的 wheel；AOT 列表未知。</translation>
    </message>
    <message>
        <source>PyTorch {series} exists but is not yet verified by this installer: wheels for Python {pythons}; AOT list probably {devices} (the torch-xpu-ops default, not measured).</source>
        <translation>PyTorch {series} 已发布，但本安装程序尚未验证：有 Python {pythons} 的 wheel；AOT 列表可能是 {devices}（torch-xpu-ops 的默认值，未经实测）。</translation>
    </message>
    <message>
        <source>{count} packages of this build are now kept at their installed versions in {venv} (torch, IPEX and their oneAPI runtime): pip keeps them always, uv only inside the activated environment. Other packages install as usual.</source>
        <translation>{venv} 中此构建的 {count} 个软件包现已固定在当前安装的版本（torch、IPEX 及其 oneAPI 运行时）：pip 始终遵守，uv 仅在激活该环境后遵守。其他软件包照常安装。</translation>
    </message>
    <message>
        <source>The packages of this build could not be protected against later changes in {venv} ({reason}); the install itself is complete.</source>
        <translation>无法防止 {venv} 中此构建的软件包以后被替换（{reason}）；安装本身已完成。</translation>
    </message>
    <message>
        <source>the packages of the environment cannot all be read from its files</source>
        <translation>无法从文件中读取该环境的全部软件包</translation>
    </message>
    <message>
        <source>none of the planned packages is installed</source>
        <translation>计划的软件包均未安装</translation>
    </message>
    <message>
        <source>{venv} already has every planned package at its planned version; nothing was changed.</source>
        <translation>{venv} 中所有计划的软件包都已是计划的版本；未做任何更改。</translation>
    </message>
    <message>
        <source>{venv} was repaired: {count} packages were put back to the planned versions.</source>
        <translation>{venv} 已修复：{count} 个软件包已恢复为计划的版本。</translation>
    </message>
    <message>
        <source>{name}: {before} -&gt; {after}</source>
        <translation>{name}：{before} 改为 {after}</translation>
    </message>
    <message>
        <source>{name}: missing -&gt; {after}</source>
        <translation>{name}：缺失，改为 {after}</translation>
    </message>
    <message>
        <source>{venv} keeps no plan from this installer ({reason}); repair needs the plan it was installed with. Install into it again instead.</source>
        <translation>{venv} 中没有本安装程序保存的计划（{reason}）；修复需要安装时的计划。请改为重新安装到该环境。</translation>
    </message>
    <message>
        <source>The Python of {venv} does not start, so its packages cannot be repaired; install into it again.</source>
        <translation>{venv} 的 Python 无法启动，因此无法修复其软件包；请重新安装到该环境。</translation>
    </message>
    <message>
        <source>The repair of {venv} failed ({reason}); the environment was left as it was before.</source>
        <translation>修复 {venv} 失败（{reason}）；环境保持修复前的状态。</translation>
    </message>
    <message>
        <source>Some packages of the planned build were replaced or removed in {venv}: {changes}. Repair puts back exactly the planned versions.</source>
        <translation>{venv} 中计划构建的部分软件包已被替换或删除：{changes}。“修复”会准确恢复计划的版本。</translation>
    </message>
    <message>
        <source>Importing took {seconds} s: loading the libraries, not compiling kernels.</source>
        <translation>导入耗时 {seconds} 秒：这是加载库，不是编译核函数。</translation>
    </message>
    <message>
        <source>Building kernels took {seconds} s over {count} program build(s), {il_seconds} s of it from SPIR-V (JIT).</source>
        <translation>构建核函数耗时 {seconds} 秒，共 {count} 次程序构建，其中 {il_seconds} 秒来自 SPIR-V（JIT）。</translation>
    </message>
    <message>
        <source>The runtime refused SYCL_PI_TRACE (it was removed in 2025 runtimes); trace with SYCL_UR_TRACE=2 instead.</source>
        <translation>运行时拒绝了 SYCL_PI_TRACE（2025 年的运行时已将其移除）；请改用 SYCL_UR_TRACE=2 跟踪。</translation>
    </message>
    <message>
        <source>The log has no SYCL program trace; capture it with SYCL_UR_TRACE=2 (2025+ runtimes) or SYCL_PI_TRACE=2 (2024 and older), stdout and stderr both.</source>
        <translation>日志中没有 SYCL 程序跟踪；请用 SYCL_UR_TRACE=2（2025 年及以后的运行时）或 SYCL_PI_TRACE=2（2024 年及更早）捕获，stdout 和 stderr 都要。</translation>
    </message>
    <message>
        <source>The trace shows no device program being created, so it cannot tell AOT from JIT.</source>
        <translation>跟踪中没有创建任何设备程序，因此无法区分 AOT 与 JIT。</translation>
    </message>
    <message>
        <source>Programs were created from binaries, but nothing in the log rules out a persistent JIT cache (this runtime does not say which image it chose or whether the cache served it). Rerun with an empty SYCL_CACHE_DIR (or say --cache-was-empty yes if it was).</source>
        <translation>程序是由二进制代码创建的，但日志中没有任何信息能排除持久 JIT 缓存（此运行时不说明它选了哪个映像，也不说明是否由缓存提供）。请用空的 SYCL_CACHE_DIR 重新运行（如果当时是空的，请加上“--cache-was-empty yes”）。</translation>
    </message>
    <message>
        <source>Only interop (native-handle) programs were created; the SYCL trace cannot tell AOT from JIT for them.</source>
        <translation>只创建了互操作（原生句柄）程序；SYCL 跟踪无法判断它们是 AOT 还是 JIT。</translation>
    </message>
    <message>
        <source>A device program failed to build: {line}</source>
        <translation>有设备程序编译失败：{line}</translation>
    </message>
    <message>
        <source>{count} binary program(s) were made for a plain spir64 (SPIR-V) image: only a persistent JIT cache can supply those</source>
        <translation>有 {count} 个二进制程序是为普通 spir64（SPIR-V）映像创建的：只有持久 JIT 缓存能提供这些程序</translation>
    </message>
    <message>
        <source>the persistent cache directory held {count} file(s) before the run and this runtime does not trace cache hits, so its binary programs are counted as cache hits</source>
        <translation>运行前持久缓存目录中已有 {count} 个文件，且此运行时不跟踪缓存命中，因此其二进制程序按缓存命中计算</translation>
    </message>
    <message>
        <source>{count} file(s) appeared in the empty SYCL persistent cache although the trace shows no program built from IL; they are not counted as JIT (a program outside this trace may have made them).</source>
        <translation>空的 SYCL 持久缓存中出现了 {count} 个文件，但跟踪中没有由 IL 构建的程序；这些文件不计为 JIT（可能是此跟踪之外的程序创建的）。</translation>
    </message>
    <message>
        <source>The driver&apos;s compiler cache (NEO_CACHE_DIR) gained {count} file(s). The driver also stores entries there for correct AOT builds, so this alone does not show JIT; it is not counted.</source>
        <translation>驱动程序的编译器缓存（NEO_CACHE_DIR）新增了 {count} 个文件。驱动程序在正确的 AOT 构建下也会在那里存放条目，因此仅凭这一点不能说明发生了 JIT；不计入结论。</translation>
    </message>
    <message>
        <source>Uncertain: the trace shows native binaries loaded at the SYCL level, but an AOT archive can still be JIT-compiled silently inside the GPU driver from its generic_ir member when the GPU&apos;s IP version is not in it; this log cannot show that (the smoke test&apos;s static check and driver cache can).</source>
        <translation>不确定：跟踪显示在 SYCL 层加载的是原生二进制代码，但当 GPU 的 IP 版本不在 AOT 归档中时，该归档仍可能在 GPU 驱动程序内部由其 generic_ir 成员悄悄 JIT 编译；此日志无法显示这一点（冒烟测试的静态检查和驱动程序缓存可以）。</translation>
    </message>
    <message>
        <source>{count} interop program(s) (native handle, as oneDNN and dpctl make them) are left out of this verdict: the trace does not show whether they came from native code or JIT.</source>
        <translation>有 {count} 个互操作程序（原生句柄，由 oneDNN 和 dpctl 创建）未计入此结论：跟踪无法显示它们来自原生代码还是 JIT。</translation>
    </message>
    <message>
        <source>Doubtful AOT: {files} carry no native code for this GPU, only the generic_ir fallback, so the driver is expected to have JIT-compiled it although the SYCL trace says binary (inferred from the static check, not observed).</source>
        <translation>AOT 存疑：{files} 不含此 GPU 的原生代码，只有 generic_ir 后备，因此尽管 SYCL 跟踪显示为二进制，预计驱动程序已对其进行 JIT 编译（由静态检查推断，并非观察到）。</translation>
    </message>
    <message>
        <source>Doubtful AOT: the first {step} call took {first} s against {second} s for the second, which suggests the driver compiled code (inferred from timing, not observed).</source>
        <translation>AOT 存疑：{step} 的第一次调用用了 {first} 秒，而第二次只用了 {second} 秒，这表明驱动程序编译了代码（由耗时推断，并非观察到）。</translation>
    </message>
    <message>
        <source>Kernels were compiled from SPIR-V at first use (JIT): this build has no native code for this device. The first run of every new kernel pays that compile time.</source>
        <translation>核函数是在首次使用时从 SPIR-V 编译的（JIT）：此构建没有此设备的原生代码。每个新核函数的第一次运行都要付出编译时间。</translation>
    </message>
    <message>
        <source>Kernels came from the persistent JIT cache: they were JIT-compiled on an earlier run, not shipped as native code (this is not AOT).</source>
        <translation>核函数来自持久 JIT 缓存：它们是在之前的运行中 JIT 编译的，而不是以原生代码提供的（这不是 AOT）。</translation>
    </message>
    <message>
        <source>Some kernels ran from native code and some were compiled from SPIR-V (JIT) or came from the JIT cache; the evidence lines show which.</source>
        <translation>部分核函数运行的是原生代码，部分是从 SPIR-V 编译（JIT）或来自 JIT 缓存；证据行显示了具体是哪些。</translation>
    </message>
    <message>
        <source>Stopped at the first JIT compilation, as asked; the rest of the test did not run.</source>
        <translation>已按要求在第一次 JIT 编译时停止；测试的其余部分没有运行。</translation>
    </message>
    <message>
        <source>The smoke test was cancelled before it finished.</source>
        <translation>冒烟测试在完成前被取消。</translation>
    </message>
    <message>
        <source>The smoke test did not finish within {seconds} s and was stopped.</source>
        <translation>冒烟测试在 {seconds} 秒内没有完成，已被停止。</translation>
    </message>
    <message>
        <source>PyTorch is not installed in this venv: install an XPU build into it ({command}).</source>
        <translation>此虚拟环境中没有安装 PyTorch：请在其中安装 XPU 构建（{command}）。</translation>
    </message>
    <message>
        <source>Importing torch failed: {error}. Reinstall the build into this venv ({command}).</source>
        <translation>导入 torch 失败：{error}。请将该构建重新安装到此虚拟环境中（{command}）。</translation>
    </message>
    <message>
        <source>This torch ({version}) is a CPU-only build (torch.version.xpu is None): install an XPU build ({command}, then install).</source>
        <translation>此 torch（{version}）是仅支持 CPU 的构建（torch.version.xpu 为 None，版本信息中没有 XPU）：请安装 XPU 构建（{command}，然后安装）。</translation>
    </message>
    <message>
        <source>torch.xpu.is_available() is False: check the GPU driver ({command}), that your user may open /dev/dri/renderD* (the render group on Linux), and that no other runtime hides the GPU.</source>
        <translation>torch.xpu.is_available() 为 False：请检查 GPU 驱动程序（{command}）、您的用户能否打开 /dev/dri/renderD*（Linux 上的“render”组），以及是否有其他运行时遮蔽了 GPU。</translation>
    </message>
    <message>
        <source>The SYCL runtime test ({module}) failed: {error}</source>
        <translation>SYCL 运行时测试（{module}）失败：{error}</translation>
    </message>
    <message>
        <source>The verdict comes from the SYCL runtime test (dpnp/dpctl) alone; torch kernels did not run.</source>
        <translation>结论仅来自 SYCL 运行时测试（dpnp/dpctl）；torch 核函数没有运行。</translation>
    </message>
    <message>
        <source>No SYCL device was found: check the GPU driver and permissions ({command}).</source>
        <translation>没有找到 SYCL 设备：请检查 GPU 驱动程序和权限（{command}）。</translation>
    </message>
    <message>
        <source>The smoke test failed: {error}</source>
        <translation>冒烟测试失败：{error}</translation>
    </message>
    <message>
        <source>The SYCL runtime alone reaches the GPU ({device}, {backend}), so the driver works: the torch build is the problem.</source>
        <translation>仅用 SYCL 运行时就能访问 GPU（{device}，{backend}），因此驱动程序正常：问题出在 torch 构建上。</translation>
    </message>
    <message>
        <source>The SYCL runtime alone finds no GPU either: this is a driver or permission problem, not a problem of the torch wheel.</source>
        <translation>仅用 SYCL 运行时也找不到 GPU：这是驱动程序或权限问题，而不是 torch wheel 的问题。</translation>
    </message>
    <message>
        <source>The kernels this run compiled are kept in {folder}. {how}</source>
        <translation>这次运行编译的核函数保存在 {folder} 中。{how}</translation>
    </message>
    <message>
        <source>The JIT cache was not warmed, because the first run did not finish its kernels.</source>
        <translation>JIT 缓存没有预热，因为第一次运行没有完成其核函数。</translation>
    </message>
    <message>
        <source>The second run was not served from the cache (verdict {verdict}), so the cache does not help here.</source>
        <translation>第二次运行没有由缓存提供（结论 {verdict}），因此缓存在这里没有帮助。</translation>
    </message>
    <message>
        <source>To reuse these compiled kernels in your own runs, and keep the ones your programs compile, set before starting Python (in PowerShell): {commands} (the folder must stay ASCII-only).</source>
        <translation>要在您自己的运行中复用这些已编译的核函数，并保留您的程序编译的核函数，请在启动 Python 前设置（在 PowerShell 中）：{commands}（文件夹路径必须只含 ASCII 字符）。</translation>
    </message>
    <message>
        <source>To reuse these compiled kernels in your own runs, and keep the ones your programs compile, set before starting Python (in the shell): {commands}.</source>
        <translation>要在您自己的运行中复用这些已编译的核函数，并保留您的程序编译的核函数，请在启动 Python 前设置（在 shell 中）：{commands}。</translation>
    </message>
    <message>
        <source>Could not ask the planner for a build with AOT code for this GPU ({error}).</source>
        <translation>无法向方案程序查询含有此 GPU AOT 代码的构建（{error}）。</translation>
    </message>
    <message>
        <source>Build {build} ({packages}, Python {python}) carries native code for this GPU ({target}): install it with {command}.</source>
        <translation>构建 {build}（{packages}，Python {python}）含有此 GPU 的原生代码（{target}）：用 {command} 安装它。</translation>
    </message>
    <message>
        <source>No catalog build carries native code for this GPU: keep a persistent JIT cache ({command}) so the compile happens once.</source>
        <translation>目录中没有构建含有此 GPU 的原生代码：请保留持久 JIT 缓存（{command}），这样只需编译一次。</translation>
    </message>
    <message>
        <source>{file} is a zip but not a support bundle (it has no {member}).</source>
        <translation>{file} 是 zip 文件，但不是支持包（其中没有 {member}）。</translation>
    </message>
    <message>
        <source>{file} is neither a support bundle nor a probe JSON file.</source>
        <translation>{file} 既不是支持包，也不是检测 JSON 文件。</translation>
    </message>
    <message>
        <source>{file} does not contain a probe (no &apos;os&apos; and &apos;gpus&apos;).</source>
        <translation>{file} 不含检测结果（没有“os”和“gpus”）。</translation>
    </message>
    <message>
        <source>{file} is a probe file, not a support bundle.</source>
        <translation>{file} 是检测文件，不是支持包。</translation>
    </message>
    <message>
        <source>The bundle name must end in .zip (got {name}).</source>
        <translation>支持包的文件名必须以 .zip 结尾（实际为 {name}）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Support bundle from {computer} — read-only</source>
        <translation>来自{computer}的支持包（只读）</translation>
    </message>
    <message>
        <source>Probe file from {computer} — read-only</source>
        <translation>来自{computer}的检测文件（只读）</translation>
    </message>
    <message>
        <source>GPU list (gpus.json) from {computer} — read-only</source>
        <translation>来自{computer}的 GPU 列表（gpus.json，只读）</translation>
    </message>
    <message>
        <source>{host} ({os})</source>
        <translation>电脑 {host}（{os}）</translation>
    </message>
    <message>
        <source>{host}</source>
        <translation>电脑 {host}</translation>
    </message>
    <message>
        <source>a computer running {os}</source>
        <translation>一台运行 {os} 的电脑</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>The bundle does not say which version of the operating system that computer runs.</source>
        <translation>支持包中没有说明那台电脑运行的操作系统版本。</translation>
    </message>
    <message>
        <source>The bundle has no plan; the Build page shows what this version would choose.</source>
        <translation>支持包中没有安装方案；“构建”页显示的是本版本会为它选择的构建。</translation>
    </message>
    <message>
        <source>The bundle has no record of an install.</source>
        <translation>支持包中没有安装记录。</translation>
    </message>
    <message>
        <source>The bundle has no GPU test result: the test did not run, or its record was not kept.</source>
        <translation>支持包中没有 GPU 测试结果：测试没有运行，或其记录未被保留。</translation>
    </message>
    <message>
        <source>The bundle has no doctor report: it was saved without an environment to check.</source>
        <translation>支持包中没有诊断报告：保存时没有指定要检查的虚拟环境。</translation>
    </message>
    <message>
        <source>The install failed with an error this version has no translation for; the English original is under Details.</source>
        <translation>安装失败，但本版本没有该错误的中文描述；英文原文在“详细信息”中。</translation>
    </message>
    <message>
        <source>The GPU was not probed, so GPU checks were skipped.</source>
        <translation>没有检测 GPU，因此跳过了 GPU 检查。</translation>
    </message>
    <message>
        <source>This is WSL2, where the GPU&apos;s PCI device is not visible, so the GPU and its driver could not be checked.</source>
        <translation>这是 WSL2，其中看不到 GPU 的 PCI 设备，因此无法检查 GPU 及其驱动程序。</translation>
    </message>
    <message>
        <source>Run the doctor again with --check-xpu to ask torch itself; the Windows Intel GPU driver serves WSL2.</source>
        <translation>请加上 --check-xpu 重新运行诊断，直接询问 torch；WSL2 由 Windows 的英特尔 GPU 驱动程序提供支持。</translation>
    </message>
    <message>
        <source>No Intel GPU was found on this machine (display adapters: {adapters}).</source>
        <translation>这台电脑上没有找到英特尔 GPU（显示适配器：{adapters}）。</translation>
    </message>
    <message>
        <source>Check that the Intel GPU is enabled in the firmware settings and its driver is installed.</source>
        <translation>请检查英特尔 GPU 是否已在固件设置中启用，以及其驱动程序是否已安装。</translation>
    </message>
    <message>
        <source>Intel GPU: {name} ({device_id}, {family}).</source>
        <translation>英特尔 GPU：{name}（{device_id}，{family}）。</translation>
    </message>
    <message>
        <source>{name} is not supported by PyTorch XPU or IPEX builds ({level}).</source>
        <translation>PyTorch XPU 和 IPEX 构建都不支持 {name}（{level}）。</translation>
    </message>
    <message>
        <source>Use the CPU build of torch, or another backend (OpenVINO, DirectML) for this GPU.</source>
        <translation>请为此 GPU 使用 CPU 构建的 torch，或其他后端（OpenVINO、DirectML）。</translation>
    </message>
    <message>
        <source>No kernel driver is bound to {name}.</source>
        <translation>{name} 没有绑定内核驱动程序。</translation>
    </message>
    <message>
        <source>Install or enable the Intel GPU driver (on Linux, i915 or xe; LNL/BMG need xe or a recent kernel; DG2/MTL on xe need xe.force_probe).</source>
        <translation>请安装或启用英特尔 GPU 驱动程序（在 Linux 上为 i915 或 xe；LNL/BMG 需要 xe 或较新的内核；xe 上的 DG2/MTL 需要 xe.force_probe）。</translation>
    </message>
    <message>
        <source>The GPU driver {version} is too old for current PyTorch XPU builds.</source>
        <translation>GPU 驱动程序 {version} 对当前的 PyTorch XPU 构建来说太旧。</translation>
    </message>
    <message>
        <source>Update the Intel GPU driver (Windows: the latest Arc &amp; Iris Xe driver; Linux: a current compute runtime).</source>
        <translation>请更新英特尔 GPU 驱动程序（Windows：最新的 Arc &amp; Iris Xe 驱动程序；Linux：当前的计算运行时）。</translation>
    </message>
    <message>
        <source>The GPU driver version could not be checked ({driver}).</source>
        <translation>无法检查 GPU 驱动程序版本（{driver}）。</translation>
    </message>
    <message>
        <source>GPU driver: {driver} {version}.</source>
        <translation>GPU 驱动程序：{driver} {version}。</translation>
    </message>
    <message>
        <source>The Intel GPU driver {version} is older than {floor}, the lowest version ipex-llm supports (Intel publishes no official minimum for PyTorch XPU).</source>
        <translation>英特尔 GPU 驱动程序 {version} 低于 {floor}，即 ipex-llm 支持的最低版本（英特尔没有公布 PyTorch XPU 的官方最低版本）。</translation>
    </message>
    <message>
        <source>Update the Intel Arc &amp; Iris Xe Graphics driver from Intel&apos;s site.</source>
        <translation>请从英特尔网站更新 Intel Arc &amp; Iris Xe Graphics 驱动程序。</translation>
    </message>
    <message>
        <source>The GPU IP version of {name} is unknown, so AOT coverage cannot be told.</source>
        <translation>{name} 的 GPU IP 版本未知，因此无法判断 AOT 覆盖情况。</translation>
    </message>
    <message>
        <source>The installed build&apos;s SYCL libraries could not be inspected, so whether it carries AOT code for this GPU ({ip}) is unknown.</source>
        <translation>无法检查已安装构建的 SYCL 库，因此不知道它是否带有此 GPU（{ip}）的 AOT 代码。</translation>
    </message>
    <message>
        <source>Run {command} to see whether the runtime uses AOT or JIT.</source>
        <translation>运行 {command}，查看运行时使用的是 AOT 还是 JIT。</translation>
    </message>
    <message>
        <source>The installed build has native (AOT) code for this GPU (IP {ip}).</source>
        <translation>已安装的构建含有此 GPU（IP {ip}）的原生（AOT）代码。</translation>
    </message>
    <message>
        <source>The installed build is expected to run native (AOT) code on this GPU (IP {ip}) ({certainty}: confirm with {command}).</source>
        <translation>预计已安装的构建会在此 GPU（IP {ip}）上运行原生（AOT）代码（{certainty}：请用 {command} 确认）。</translation>
    </message>
    <message>
        <source>The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}), so kernels will be JIT-compiled from SPIR-V, which can take minutes on first use.</source>
        <translation>已安装的构建没有此 GPU（IP {ip}；AOT 适用于 {listed}）的 AOT 代码，因此核函数会从 SPIR-V 进行 JIT 编译，首次使用时可能需要几分钟。</translation>
    </message>
    <message>
        <source>The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}), so kernels are expected to be JIT-compiled from SPIR-V, which can take minutes on first use ({certainty}: confirm with {command}).</source>
        <translation>已安装的构建没有此 GPU（IP {ip}；AOT 适用于 {listed}）的 AOT 代码，因此预计核函数会从 SPIR-V 进行 JIT 编译，首次使用时可能需要几分钟（{certainty}：请用 {command} 确认）。</translation>
    </message>
    <message>
        <source>Install a build whose AOT list covers this GPU ({command}), and keep SYCL_CACHE_PERSISTENT=1 so JIT happens once.</source>
        <translation>请安装 AOT 列表涵盖此 GPU 的构建（{command}），并保持 SYCL_CACHE_PERSISTENT=1，这样 JIT 只发生一次。</translation>
    </message>
    <message>
        <source>The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}) and no SPIR-V to fall back on, so its kernels will fail to load.</source>
        <translation>已安装的构建没有此 GPU（IP {ip}；AOT 适用于 {listed}）的 AOT 代码，也没有可后备的 SPIR-V，因此其核函数将无法加载。</translation>
    </message>
    <message>
        <source>The installed build has no AOT code for this GPU (IP {ip}; AOT for {listed}) and no SPIR-V to fall back on, so its kernels are expected to fail to load ({certainty}: confirm with {command}).</source>
        <translation>已安装的构建没有此 GPU（IP {ip}；AOT 适用于 {listed}）的 AOT 代码，也没有可后备的 SPIR-V，因此预计其核函数无法加载（{certainty}：请用 {command} 确认）。</translation>
    </message>
    <message>
        <source>Install a build made for this GPU ({command} shows which).</source>
        <translation>请安装为此 GPU 制作的构建（{command} 会显示是哪个）。</translation>
    </message>
    <message>
        <source>import torch failed in the venv: {error}</source>
        <translation>在虚拟环境中 import torch 失败：{error}</translation>
    </message>
    <message>
        <source>Reinstall the build ({command}); the bundle has the full error.</source>
        <translation>请重新安装该构建（{command}）；支持包中有完整的错误信息。</translation>
    </message>
    <message>
        <source>torch.xpu.is_available() is True: {devices}.</source>
        <translation>torch.xpu.is_available() 为 True：{devices}。</translation>
    </message>
    <message>
        <source>torch.xpu.is_available() is False; probable cause: {reasons}.</source>
        <translation>torch.xpu.is_available() 为 False；可能的原因：{reasons}。</translation>
    </message>
    <message>
        <source>torch.xpu.is_available() is False; no cause found here (check the driver and, on Linux, the compute runtime packages).</source>
        <translation>torch.xpu.is_available() 为 False；此处未找到原因（请检查驱动程序，在 Linux 上还要检查计算运行时软件包）。</translation>
    </message>
    <message>
        <source>Fix the errors listed above first; then run {command}.</source>
        <translation>请先修复上面列出的错误，然后运行 {command}。</translation>
    </message>
    <message>
        <source>Render-node permissions were not checked (the probe is not from this machine).</source>
        <translation>没有检查渲染节点权限（检测结果不是来自这台电脑）。</translation>
    </message>
    <message>
        <source>There is no render node in {folder}, so no GPU driver is serving compute.</source>
        <translation>{folder} 中没有渲染节点，因此没有 GPU 驱动程序在提供计算。</translation>
    </message>
    <message>
        <source>Install the Intel GPU kernel driver (i915 or xe); in a container, pass --device /dev/dri.</source>
        <translation>请安装英特尔 GPU 内核驱动程序（i915 或 xe）；在容器中请传入 --device /dev/dri。</translation>
    </message>
    <message>
        <source>Render nodes are accessible: {nodes}.</source>
        <translation>渲染节点可以访问：{nodes}。</translation>
    </message>
    <message>
        <source>This user cannot open {node} (group {group}), so the GPU is invisible to torch.</source>
        <translation>此用户无法打开 {node}（组 {group}），因此 torch 看不到 GPU。</translation>
    </message>
    <message>
        <source>Add yourself to the group and log in again: {command}</source>
        <translation>请把自己加入该组并重新登录：{command}</translation>
    </message>
    <message>
        <source>A oneAPI toolkit is installed ({path}) but not active in this shell.</source>
        <translation>已安装 oneAPI 工具包（{path}），但在此 shell 中未激活。</translation>
    </message>
    <message>
        <source>Do not run setvars.bat in the shell you start this venv from.</source>
        <translation>请不要在启动此虚拟环境的 shell 中运行 setvars.bat。</translation>
    </message>
    <message>
        <source>A system oneAPI is active ({variables}); its libraries can shadow the runtime the wheels bring and cause UR errors or crashes.</source>
        <translation>系统中的 oneAPI 处于激活状态（{variables}）；它的库可能遮蔽 wheel 自带的运行时，导致 UR 错误或崩溃。</translation>
    </message>
    <message>
        <source>{variable} contains {path}</source>
        <translation>{variable} 包含 {path}</translation>
    </message>
    <message>
        <source>Run Python from a shell where oneAPI&apos;s setvars was not sourced, or remove oneAPI from PATH / LD_LIBRARY_PATH for this venv (only IPEX 2.0 and older need it).</source>
        <translation>请在未执行 oneAPI setvars 的 shell 中运行 Python，或为此虚拟环境从 PATH / LD_LIBRARY_PATH 中移除 oneAPI（只有 IPEX 2.0 及更早的版本需要它）。</translation>
    </message>
    <message>
        <source>ONEAPI_DEVICE_SELECTOR={value} hides the Intel GPU from SYCL, so torch.xpu sees no device.</source>
        <translation>ONEAPI_DEVICE_SELECTOR={value} 使 SYCL 看不到 Intel GPU，因此 torch.xpu 找不到设备。</translation>
    </message>
    <message>
        <source>Unset ONEAPI_DEVICE_SELECTOR, or set it to level_zero:gpu (or level_zero:0 for the first GPU).</source>
        <translation>请取消设置 ONEAPI_DEVICE_SELECTOR，或将其设为 level_zero:gpu（第一个 GPU 为 level_zero:0）。</translation>
    </message>
    <message>
        <source>{name}={value} is set.</source>
        <translation>已设置 {name}={value}。</translation>
    </message>
    <message>
        <source>SYCL_PI_TRACE is set; SYCL runtimes from 2025 on print that it was removed and exit, so every torch XPU program stops at start.</source>
        <translation>已设置 SYCL_PI_TRACE；2025 年起的 SYCL 运行时会提示它已被移除并退出，因此每个 torch XPU 程序都会在启动时停止。</translation>
    </message>
    <message>
        <source>Unset SYCL_PI_TRACE (use SYCL_UR_TRACE for tracing on new runtimes).</source>
        <translation>请取消设置 SYCL_PI_TRACE（在新的运行时上请使用 SYCL_UR_TRACE 进行跟踪）。</translation>
    </message>
    <message>
        <source>{name}={value} is set; it overrides how the SYCL runtime or GPU driver from the wheels behaves.</source>
        <translation>已设置 {name}={value}；它会改变 wheel 自带的 SYCL 运行时或 GPU 驱动程序的行为。</translation>
    </message>
    <message>
        <source>Unset {name} unless a support engineer asked for it.</source>
        <translation>除非技术支持工程师要求，否则请取消设置 {name}。</translation>
    </message>
    <message>
        <source>The smoke test keeps compiled kernels in {folder}. {how}</source>
        <translation>冒烟测试把编译好的核函数保存在 {folder}。{how}</translation>
    </message>
    <message>
        <source>Set SYCL_CACHE_PERSISTENT=1 (and SYCL_CACHE_DIR to an ASCII-only folder with a few GB free).</source>
        <translation>请设置 SYCL_CACHE_PERSISTENT=1（并将 SYCL_CACHE_DIR 设为只含 ASCII 字符、有几 GB 可用空间的文件夹）。</translation>
    </message>
    <message>
        <source>SYCL JIT cache: {folder} (set by SYCL_CACHE_DIR), persistence on.</source>
        <translation>SYCL JIT 缓存：{folder}（由 SYCL_CACHE_DIR 设置），持久化已开启。</translation>
    </message>
    <message>
        <source>SYCL JIT cache: {folder} (set by SYCL_CACHE_DIR), persistence off.</source>
        <translation>SYCL JIT 缓存：{folder}（由 SYCL_CACHE_DIR 设置），持久化已关闭。</translation>
    </message>
    <message>
        <source>SYCL JIT cache: {folder} (runtime default), persistence on.</source>
        <translation>SYCL JIT 缓存：{folder}（运行时默认位置），持久化已开启。</translation>
    </message>
    <message>
        <source>SYCL JIT cache: {folder} (runtime default), persistence off.</source>
        <translation>SYCL JIT 缓存：{folder}（运行时默认位置），持久化已关闭。</translation>
    </message>
    <message>
        <source>The SYCL JIT cache is not persistent, so kernels compiled just in time are compiled again in every new process.</source>
        <translation>SYCL JIT 缓存未持久化，因此即时编译的核函数会在每个新进程中重新编译。</translation>
    </message>
    <message>
        <source>The SYCL JIT cache is not persistent, so kernels compiled just in time are compiled again in every new process (this GPU needs JIT for this build).</source>
        <translation>SYCL JIT 缓存未持久化，因此即时编译的核函数会在每个新进程中重新编译（此 GPU 使用此构建时需要 JIT）。</translation>
    </message>
    <message>
        <source>The SYCL JIT cache folder {folder} contains non-ASCII characters; native caches under such paths are known to fail on Windows.</source>
        <translation>SYCL JIT 缓存文件夹 {folder} 含有非 ASCII 字符；已知在 Windows 上此类路径下的原生缓存会失败。</translation>
    </message>
    <message>
        <source>Set SYCL_CACHE_DIR to an ASCII-only folder, e.g. C:\sycl_cache or /var/tmp/sycl_cache.</source>
        <translation>请将 SYCL_CACHE_DIR 设为只含 ASCII 字符的文件夹，例如 C:\sycl_cache 或 /var/tmp/sycl_cache。</translation>
    </message>
    <message>
        <source>Only {free} are free where the SYCL JIT cache lives; a cache for torch kernels can need several GB.</source>
        <translation>SYCL JIT 缓存所在位置只有 {free} 可用空间；torch 核函数的缓存可能需要几 GB。</translation>
    </message>
    <message>
        <source>Free some space or set SYCL_CACHE_DIR to a drive with more room.</source>
        <translation>请释放一些空间，或将 SYCL_CACHE_DIR 设到空间更大的驱动器上。</translation>
    </message>
    <message>
        <source>The SYCL JIT cache folder {folder} cannot be written by this user.</source>
        <translation>当前用户无法写入 SYCL JIT 缓存文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Set SYCL_CACHE_DIR to a folder you own.</source>
        <translation>请将 SYCL_CACHE_DIR 设为您拥有的文件夹。</translation>
    </message>
    <message>
        <source>PyTorch is not installed in this environment.</source>
        <translation>此环境中未安装 PyTorch。</translation>
    </message>
    <message>
        <source>Install an XPU build of PyTorch ({command}).</source>
        <translation>请安装 PyTorch 的 XPU 构建（{command}）。</translation>
    </message>
    <message>
        <source>torch {version} is an Intel GPU (XPU) build.</source>
        <translation>torch {version} 是 Intel GPU（XPU）构建。</translation>
    </message>
    <message>
        <source>torch {version} does not say which device it was built for.</source>
        <translation>torch {version} 没有说明它是为哪种设备构建的。</translation>
    </message>
    <message>
        <source>Reinstall torch from the XPU index so its version ends in +xpu.</source>
        <translation>请从 XPU 索引重新安装 torch，使其版本以 +xpu 结尾。</translation>
    </message>
    <message>
        <source>torch {version} is an NVIDIA CUDA build, so it cannot use the Intel GPU (a later pip install probably replaced the XPU build).</source>
        <translation>torch {version} 是 NVIDIA CUDA 构建，因此无法使用 Intel GPU（可能是之后的一次 pip install 替换了 XPU 构建）。</translation>
    </message>
    <message>
        <source>torch {version} is an AMD ROCm build, so it cannot use the Intel GPU (a later pip install probably replaced the XPU build).</source>
        <translation>torch {version} 是 AMD ROCm 构建，因此无法使用 Intel GPU（可能是之后的一次 pip install 替换了 XPU 构建）。</translation>
    </message>
    <message>
        <source>torch {version} is a CPU-only build, so it cannot use the Intel GPU (a later pip install probably replaced the XPU build).</source>
        <translation>torch {version} 是仅支持 CPU 的构建，因此无法使用 Intel GPU（可能是之后的一次 pip install 替换了 XPU 构建）。</translation>
    </message>
    <message>
        <source>Reinstall the XPU build, e.g. {command}, or rerun {install}.</source>
        <translation>请重新安装 XPU 构建，例如 {command}，或重新运行 {install}。</translation>
    </message>
    <message>
        <source>The oneAPI runtime package {package} ({required}) that {owner} {version} needs is not installed.</source>
        <translation>未安装 {owner} {version} 所需的 oneAPI 运行时软件包 {package}（{required}）。</translation>
    </message>
    <message>
        <source>Install it: {command}.</source>
        <translation>请安装它：{command}。</translation>
    </message>
    <message>
        <source>{package}, which {owner} needs, is not installed.</source>
        <translation>未安装 {owner} 所需的 {package}。</translation>
    </message>
    <message>
        <source>{owner} {version} is built for {required}, but {package} {installed} is installed.</source>
        <translation>{owner} {version} 是为 {required} 构建的，但已安装的是 {package} {installed}。</translation>
    </message>
    <message>
        <source>Install the {owner} built for the installed {package} (from the same index), or the {package} it was built for; {command} sets up a matching set.</source>
        <translation>请安装为已安装的 {package} 构建的 {owner}（来自同一索引），或安装它所对应的 {package}；{command} 会安装一套相互匹配的软件包。</translation>
    </message>
    <message>
        <source>{owner} {version} needs {required}, but {installed} is installed.</source>
        <translation>{owner} {version} 需要 {required}，但已安装的是 {installed}。</translation>
    </message>
    <message>
        <source>Install the matching runtime: {command}.</source>
        <translation>请安装匹配的运行时：{command}。</translation>
    </message>
    <message>
        <source>{owner} needs {required}, but {installed} is installed.</source>
        <translation>{owner} 需要 {required}，但已安装的是 {installed}。</translation>
    </message>
    <message>
        <source>Run: {command}.</source>
        <translation>请运行：{command}。</translation>
    </message>
    <message>
        <source>{package} {installed} does not belong with torch {torch}; the build {build} pairs it with {package} {expected}.</source>
        <translation>{package} {installed} 与 torch {torch} 不匹配；构建 {build} 与之配套的是 {package} {expected}。</translation>
    </message>
    <message>
        <source>{command} from the same index as torch.</source>
        <translation>请从与 torch 相同的索引执行 {command}。</translation>
    </message>
    <message>
        <source>The oneAPI runtime package {package} {expected} for build {build} is not installed.</source>
        <translation>未安装构建 {build} 所需的 oneAPI 运行时软件包 {package} {expected}。</translation>
    </message>
    <message>
        <source>{package} {installed} is installed, but build {build} needs {expected}.</source>
        <translation>已安装 {package} {installed}，但构建 {build} 需要 {expected}。</translation>
    </message>
    <message>
        <source>intel-extension-for-pytorch {version} is the CPU build; it does nothing for the GPU.</source>
        <translation>intel-extension-for-pytorch {version} 是 CPU 构建；它对 GPU 不起作用。</translation>
    </message>
    <message>
        <source>Install the +xpu build from Intel&apos;s index, or uninstall IPEX and use torch&apos;s own XPU support.</source>
        <translation>请从 Intel 的索引安装 +xpu 构建，或卸载 IPEX 并使用 torch 自带的 XPU 支持。</translation>
    </message>
    <message>
        <source>intel-extension-for-pytorch {version} is built for torch {torch}, but torch {installed} is installed; IPEX will refuse to load.</source>
        <translation>intel-extension-for-pytorch {version} 是为 torch {torch} 构建的，但已安装的是 torch {installed}；IPEX 将拒绝加载。</translation>
    </message>
    <message>
        <source>Install the torch that IPEX {version} pairs with, or uninstall IPEX.</source>
        <translation>请安装与 IPEX {version} 配套的 torch，或卸载 IPEX。</translation>
    </message>
    <message>
        <source>Intel has archived intel-extension-for-pytorch: no new releases or security fixes after 2.8.</source>
        <translation>Intel 已归档 intel-extension-for-pytorch：2.8 之后不再有新版本或安全修复。</translation>
    </message>
    <message>
        <source>Plan a move to upstream PyTorch XPU wheels ({command}).</source>
        <translation>请计划迁移到上游 PyTorch XPU wheel（{command}）。</translation>
    </message>
    <message>
        <source>timed out before answering</source>
        <translation>在回答之前超时</translation>
    </message>
    <message>
        <source>the Python process ended with code {exit_code} before answering</source>
        <translation>Python 进程在回答之前以代码 {exit_code} 结束</translation>
    </message>
    <message>
        <source>Will install: {packages}.</source>
        <translation>将安装：{packages}。</translation>
    </message>
    <message>
        <source>Download size: {size}.</source>
        <translation>下载大小：{size}。</translation>
    </message>
    <message>
        <source>Download size: not known yet (the package index gives it when the install starts).</source>
        <translation>下载大小：暂时未知（安装开始时由软件包索引提供）。</translation>
    </message>
    <message>
        <source>Disk needed for the environment: about {needed}, {free} free on the drive of {folder}.</source>
        <translation>环境所需磁盘空间：约 {needed}，{folder} 所在驱动器可用 {free}。</translation>
    </message>
    <message>
        <source>Disk needed for the download cache: about {needed}, {free} free on the drive of {folder}.</source>
        <translation>下载缓存所需磁盘空间：约 {needed}，{folder} 所在驱动器可用 {free}。</translation>
    </message>
    <message>
        <source>Disk needed for the environment and the download cache (same drive): about {needed}, {free} free on the drive of {folder}.</source>
        <translation>环境和下载缓存（同一驱动器）所需磁盘空间：约 {needed}，{folder} 所在驱动器可用 {free}。</translation>
    </message>
    <message>
        <source>The download cache needs about {needed} but only {free} is free on the drive of {folder}; free some space there before installing.</source>
        <translation>下载缓存需要约 {needed}，但 {folder} 所在驱动器只有 {free} 可用；请在安装前释放该驱动器上的空间。</translation>
    </message>
    <message>
        <source>Download server: international.</source>
        <translation>下载服务器：国际。</translation>
    </message>
    <message>
        <source>Download server: China.</source>
        <translation>下载服务器：中国大陆。</translation>
    </message>
    <message>
        <source>Catalog file: field &apos;{field}&apos; {problem}.</source>
        <translation>构建目录文件：字段“{field}”{problem}。</translation>
    </message>
    <message>
        <source>Catalog entry &apos;{entry}&apos;: field &apos;{field}&apos; {problem}.</source>
        <translation>构建目录条目“{entry}”：字段“{field}”{problem}。</translation>
    </message>
    <message>
        <source>Catalog {entry}: field &apos;{field}&apos; {problem}.</source>
        <translation>构建目录 {entry}：字段“{field}”{problem}。</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>不是已知字段（拼写错误？）</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be one of {choices} (got &apos;{value}&apos;)</source>
        <translation>必须是 {choices} 之一（实际为“{value}”）</translation>
    </message>
    <message>
        <source>has an invalid value &apos;{value}&apos;</source>
        <translation>的值“{value}”无效</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>必须是非空字符串的列表</translation>
    </message>
    <message>
        <source>must be a non-empty string beside a non-empty {key}</source>
        <translation>必须是非空字符串，且旁边要有非空的 {key}</translation>
    </message>
    <message>
        <source>must be a list of {count} non-empty strings, one per entry of {key}</source>
        <translation>必须是 {count} 个非空字符串的列表，与 {key} 的条目一一对应</translation>
    </message>
    <message>
        <source>must be an https:// URL (got &apos;{value}&apos;)</source>
        <translation>必须是 https:// 网址（实际为“{value}”）</translation>
    </message>
    <message>
        <source>must be {format} (or {legacy}); this catalog was written for another version of the app</source>
        <translation>必须是 {format}（或 {legacy}）；此构建目录是为其他版本的应用编写的</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>必须是非空列表</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must list &apos;us&apos; and/or &apos;cn&apos;</source>
        <translation>必须列出“us”和/或“cn”</translation>
    </message>
    <message>
        <source>must be a non-empty list of known AOT names</source>
        <translation>必须是已知 AOT 名称的非空列表</translation>
    </message>
    <message>
        <source>gives {series} for {os} twice</source>
        <translation>为 {os} 两次给出 {series}</translation>
    </message>
    <message>
        <source>must be null (unknown) or a list of versions like &quot;3.11&quot;</source>
        <translation>必须为 null（未知）或类似“3.11”的版本列表</translation>
    </message>
    <message>
        <source>must be true, false or null (unknown)</source>
        <translation>必须为 true、false 或 null（未知）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>has an unknown AOT name &apos;{name}&apos;</source>
        <translation>含有未知的 AOT 名称“{name}”</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>必须是字符串或 null</translation>
    </message>
    <message>
        <source>must name a segment, ip_prefixes or products</source>
        <translation>必须指明 segment、ip_prefixes 或 products</translation>
    </message>
    <message>
        <source>must name at least one source</source>
        <translation>必须至少指明一个来源</translation>
    </message>
    <message>
        <source>must be &apos;unknown&apos; when {of} has no value</source>
        <translation>在 {of} 没有值时必须为“unknown”</translation>
    </message>
    <message>
        <source>cannot be &apos;unknown&apos; when {of} has a value (give how it is known)</source>
        <translation>在 {of} 有值时不能为“unknown”（请写明依据）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is not a PEP 440 version or series (got &apos;{value}&apos;)</source>
        <translation>不是 PEP 440 版本或版本系列（实际为“{value}”）</translation>
    </message>
    <message>
        <source>is required for an IPEX build</source>
        <translation>对 IPEX 构建为必填项</translation>
    </message>
    <message>
        <source>must be null for an upstream PyTorch build</source>
        <translation>对上游 PyTorch 构建必须为 null</translation>
    </message>
    <message>
        <source>must be null (not published) or a non-empty list of AOT names</source>
        <translation>必须为 null（未发布）或 AOT 名称的非空列表</translation>
    </message>
    <message>
        <source>has an invalid requirement &apos;{value}&apos;</source>
        <translation>含有无效的依赖要求“{value}”</translation>
    </message>
    <message>
        <source>is not a plain file name (&apos;{value}&apos;: {problem})</source>
        <translation>不是单纯的文件名（“{value}”：{problem}）</translation>
    </message>
    <message>
        <source>is not a wheel file name (&apos;{value}&apos;)</source>
        <translation>不是 wheel 文件名（“{value}”）</translation>
    </message>
    <message>
        <source>does not install on {os} (&apos;{value}&apos;)</source>
        <translation>无法安装在 {os} 上（“{value}”）</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits or null (unknown)</source>
        <translation>必须是 64 位小写十六进制数字或 null（未知）</translation>
    </message>
    <message>
        <source>must be a positive number of bytes or null (unknown)</source>
        <translation>必须是正的字节数或 null（未知）</translation>
    </message>
    <message>
        <source>makes no sense without a sha256</source>
        <translation>在没有 sha256 时没有意义</translation>
    </message>
    <message>
        <source>needs requirements or files</source>
        <translation>需要 requirements 或 files</translation>
    </message>
    <message>
        <source>has no {project} wheel for Python {python}, which &apos;pythons&apos; lists</source>
        <translation>没有适用于 Python {python} 的 {project} wheel，而“pythons”列出了该 Python</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>被重复使用</translation>
    </message>
    <message>
        <source>Cancelled as you asked; nothing was changed.</source>
        <translation>已按您的要求取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Give either {first} or {second}, not both.</source>
        <translation>请只提供 {first} 或 {second} 其中之一。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Python version; give it like 3.11.</source>
        <translation>“{value}”不是 Python 版本；请按 3.11 这样的格式提供。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version; give {option} like 2.8 or 2.8.10.</source>
        <translation>“{value}”不是版本号；请按 2.8 或 2.8.10 这样的格式提供 {option}。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PCI device id; give it like 0x56A0, 56a0 or 8086:56a0.</source>
        <translation>“{value}”不是 PCI 设备 ID；请按 0x56A0、56a0 或 8086:56a0 这样的格式提供。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PCI revision; give it in hex like 0x08.</source>
        <translation>“{value}”不是 PCI 修订号；请用十六进制提供，例如 0x08。</translation>
    </message>
    <message>
        <source>Unknown action &apos;{action}&apos;.</source>
        <translation>未知操作“{action}”。</translation>
    </message>
    <message>
        <source>Unknown self-test check {names}; the checks are {checks}.</source>
        <translation>未知的自检项 {names}；可用的自检项为 {checks}。</translation>
    </message>
    <message>
        <source>{option} runs to the end in its own cache folder, so it cannot be combined with {first} or {second}.</source>
        <translation>{option} 会在自己的缓存文件夹中一直运行到结束，因此不能与 {first} 或 {second} 一起使用。</translation>
    </message>
    <message>
        <source>The environment already exists and would change; run with --yes to proceed or --dry-run to see the changes.</source>
        <translation>该环境已存在且会被更改；要继续请加 --yes 运行，要先查看更改请加 --dry-run。</translation>
    </message>
    <message>
        <source>No build fits this machine; &apos;{command}&apos; shows why.</source>
        <translation>没有适合这台计算机的构建；“{command}”会说明原因。</translation>
    </message>
    <message>
        <source>No build fits this machine: {reason} &apos;{command}&apos; shows the details.</source>
        <translation>没有适合这台计算机的构建：{reason}“{command}”会给出详情。</translation>
    </message>
    <message>
        <source>The plan file {file} is not a plan from &apos;{command}&apos;.</source>
        <translation>计划文件 {file} 不是“{command}”生成的计划。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>The Windows adapter list {file} is a folder, not a file.</source>
        <translation>Windows 显示适配器列表 {file} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The Windows adapter list {file} does not exist.</source>
        <translation>Windows 显示适配器列表 {file} 不存在。</translation>
    </message>
    <message>
        <source>The Windows adapter list {file} is neither UTF-8 nor UTF-16 text; create it with: {command}</source>
        <translation>Windows 显示适配器列表 {file} 既不是 UTF-8 也不是 UTF-16 文本；请用以下命令创建：{command}</translation>
    </message>
    <message>
        <source>The Windows adapter list {file} is empty; create it with: {command}</source>
        <translation>Windows 显示适配器列表 {file} 是空的；请用以下命令创建：{command}</translation>
    </message>
    <message>
        <source>The Windows adapter list {file} is not valid JSON (line {line}, column {column}); create it with: {command}</source>
        <translation>Windows 显示适配器列表 {file} 不是有效的 JSON（第 {line} 行，第 {column} 列）；请用以下命令创建：{command}</translation>
    </message>
    <message>
        <source>The Windows adapter list {file} does not hold Win32_VideoController records; create it with: {command}</source>
        <translation>Windows 显示适配器列表 {file} 中没有 Win32_VideoController 记录；请用以下命令创建：{command}</translation>
    </message>
    <message>
        <source>The sysfs root {folder} does not exist or is not a folder.</source>
        <translation>sysfs 根目录 {folder} 不存在或不是文件夹。</translation>
    </message>
    <message>
        <source>The sysfs root {folder} does not look like /sys (no bus/pci/devices).</source>
        <translation>sysfs 根目录 {folder} 看起来不像 /sys（没有 bus/pci/devices）。</translation>
    </message>
    <message>
        <source>The GPU device database {file} is missing or damaged ({reason}); reinstall the installer, or run {command} in a checkout.</source>
        <translation>GPU 设备数据库 {file} 缺失或已损坏（{reason}）；请重新安装本安装程序，或在源代码检出目录中运行 {command}。</translation>
    </message>
    <message>
        <source>There is no build &apos;{build}&apos; in the catalog; &apos;{command}&apos; shows the ids.</source>
        <translation>构建目录中没有构建“{build}”；“{command}”会列出所有 ID。</translation>
    </message>
    <message>
        <source>Give the catalog URL (https://...) or --reset.</source>
        <translation>请提供构建目录的网址（https://...）或 --reset。</translation>
    </message>
    <message>
        <source>The catalog URL must start with https:// (got &apos;{url}&apos;).</source>
        <translation>构建目录网址必须以 https:// 开头（实际为“{url}”）。</translation>
    </message>
    <message>
        <source>{url} redirected to {target}, which is not HTTPS; it was not read.</source>
        <translation>{url} 重定向到了 {target}，它不是 HTTPS 地址；未读取其内容。</translation>
    </message>
    <message>
        <source>Could not download {url} ({reason}).</source>
        <translation>无法下载 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>{url} is larger than {megabytes} MB, so it is not a catalog.</source>
        <translation>{url} 大于 {megabytes} MB，因此不是构建目录。</translation>
    </message>
    <message>
        <source>The catalog file {file} does not exist.</source>
        <translation>构建目录文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the catalog file {file} ({reason}).</source>
        <translation>无法读取构建目录文件 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is a catalog this app maintains or reads; write to another file and review it there.</source>
        <translation>{path} 是本应用维护或读取的构建目录；请写到另一个文件并在那里审阅。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The refreshed catalog was ignored, the built-in one is used: {reason}</source>
        <translation>已忽略更新过的构建目录，改用内置的构建目录：{reason}</translation>
    </message>
    <message>
        <source>Checking which download servers answer fastest...</source>
        <translation>正在检测哪个下载服务器响应最快……</translation>
    </message>
    <message>
        <source>International servers answered fastest ({fast} s vs {slow} s).</source>
        <translation>国际服务器响应最快（{fast} 秒，中国大陆服务器 {slow} 秒）。</translation>
    </message>
    <message>
        <source>China servers answered fastest ({fast} s vs {slow} s).</source>
        <translation>中国大陆服务器响应最快（{fast} 秒，国际服务器 {slow} 秒）。</translation>
    </message>
    <message>
        <source>Only the international servers answered ({fast} s); the China servers did not within {timeout} s.</source>
        <translation>只有国际服务器有响应（{fast} 秒）；中国大陆服务器在 {timeout} 秒内没有响应。</translation>
    </message>
    <message>
        <source>Only the China servers answered ({fast} s); the international servers did not within {timeout} s.</source>
        <translation>只有中国大陆服务器有响应（{fast} 秒）；国际服务器在 {timeout} 秒内没有响应。</translation>
    </message>
    <message>
        <source>No download server answered within {timeout} s (offline?), so Automatic keeps the {servers}, the default here.</source>
        <translation>{timeout} 秒内没有下载服务器响应（是否未联网？），因此“自动”保留此处的默认选择：{servers}。</translation>
    </message>
    <message>
        <source>No download server answered through the proxy {proxy} within {timeout} s, so Automatic keeps the {servers}, the default here.</source>
        <translation>通过代理 {proxy} 在 {timeout} 秒内没有下载服务器响应，因此“自动”保留此处的默认选择：{servers}。</translation>
    </message>
    <message>
        <source>international servers</source>
        <translation>国际服务器</translation>
    </message>
    <message>
        <source>China servers</source>
        <translation>中国大陆服务器</translation>
    </message>
    <message>
        <source>Installing. Large files may take a while on a slow connection.</source>
        <translation>正在安装。网络较慢时，大文件可能需要较长时间。</translation>
    </message>
    <message>
        <source>Installed.</source>
        <translation>已安装。</translation>
    </message>
    <message>
        <source>The installation was stopped and nothing was changed.</source>
        <translation>安装已停止，未做任何更改。</translation>
    </message>
    <message>
        <source>The installation was stopped and your previous environment was restored as it was.</source>
        <translation>安装已停止，您之前的环境已恢复原样。</translation>
    </message>
    <message>
        <source>The download failed and nothing was changed; try the China servers, set a proxy, or retry:</source>
        <translation>下载失败，未做任何更改；请尝试中国服务器、设置代理或重试：</translation>
    </message>
    <message>
        <source>The download failed and your previous environment was restored; try the China servers, set a proxy, or retry:</source>
        <translation>下载失败，您之前的环境已恢复；请尝试中国服务器、设置代理或重试：</translation>
    </message>
    <message>
        <source>The installation failed and nothing was changed; choose another folder or free some space, then retry:</source>
        <translation>安装失败，未做任何更改；请选择其他文件夹或释放一些空间，然后重试：</translation>
    </message>
    <message>
        <source>The installation failed and your previous environment was restored; choose another folder or free some space, then retry:</source>
        <translation>安装失败，您之前的环境已恢复；请选择其他文件夹或释放一些空间，然后重试：</translation>
    </message>
    <message>
        <source>Another installer is using this environment and nothing was changed; retry when it has finished:</source>
        <translation>另一个安装程序正在使用此环境，未做任何更改；请在它完成后重试：</translation>
    </message>
    <message>
        <source>The installation failed and nothing was changed:</source>
        <translation>安装失败，未做任何更改：</translation>
    </message>
    <message>
        <source>The installation failed and your previous environment was restored:</source>
        <translation>安装失败，您之前的环境已恢复：</translation>
    </message>
    <message>
        <source>Download: waiting for the first file...</source>
        <translation>下载：正在等待第一个文件……</translation>
    </message>
    <message>
        <source>{done} of {total} · about {left} left</source>
        <translation>已下载 {done}，共 {total} · 大约还需 {left}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>已下载 {done}，共 {total}</translation>
    </message>
    <message>
        <source>{done} of at least {total} (a server did not give every file&apos;s size)</source>
        <translation>已下载 {done}，共至少 {total}（有服务器未提供所有文件的大小）</translation>
    </message>
    <message>
        <source>{done} so far (the servers did not give the total)</source>
        <translation>目前已下载 {done}（服务器未提供总大小）</translation>
    </message>
    <message>
        <source>Downloaded {total}.</source>
        <translation>已下载 {total}。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{tool} installs the packages and downloads any that are still missing itself; it gives no progress figures (its lines are in the log).</source>
        <translation>{tool} 正在安装软件包，并自行下载仍缺少的软件包；它不提供进度数字（其输出在日志中）。</translation>
    </message>
    <message>
        <source>The installation failed and nothing was changed; choose a folder with a shorter path, then retry:</source>
        <translation>安装失败，未做任何更改；请选择路径更短的文件夹，然后重试：</translation>
    </message>
    <message>
        <source>The installation failed and your previous environment was restored; choose a folder with a shorter path, then retry:</source>
        <translation>安装失败，您之前的环境已恢复；请选择路径更短的文件夹，然后重试：</translation>
    </message>
    <message>
        <source>The installation failed and nothing was changed; choose a folder you may write to, then retry:</source>
        <translation>安装失败，未做任何更改；请选择您有写入权限的文件夹，然后重试：</translation>
    </message>
    <message>
        <source>The installation failed and your previous environment was restored; choose a folder you may write to, then retry:</source>
        <translation>安装失败，您之前的环境已恢复；请选择您有写入权限的文件夹，然后重试：</translation>
    </message>
    <message>
        <source>PyTorch is not installed in this environment: go Back to Build and install an XPU build.</source>
        <translation>此环境中未安装 PyTorch：请点击“上一步”回到“构建”页，安装一个 XPU 构建。</translation>
    </message>
    <message>
        <source>Importing torch failed: {error}. Go Back to Build and install the build again.</source>
        <translation>导入 torch 失败：{error}。请点击“上一步”回到“构建”页，重新安装该构建。</translation>
    </message>
    <message>
        <source>This torch ({version}) is a CPU-only build: go Back to Build and install an XPU build.</source>
        <translation>此 torch（{version}）是仅支持 CPU 的构建：请点击“上一步”回到“构建”页，安装一个 XPU 构建。</translation>
    </message>
    <message>
        <source>PyTorch cannot use the GPU: check the Intel GPU driver (update it if the Hardware page says so, restart, then use Check again on the Hardware page), and that no other program hides the GPU.</source>
        <translation>PyTorch 无法使用 GPU：请检查 Intel GPU 驱动程序（如果“硬件”页提示需要更新，请更新并重启电脑，然后在“硬件”页点击“重新检测”），并确认没有其他程序占用或隐藏该 GPU。</translation>
    </message>
    <message>
        <source>PyTorch cannot use the GPU: check the GPU driver (use Check again on the Hardware page), that your user may open /dev/dri/renderD* (the render group), and that no other runtime hides the GPU.</source>
        <translation>PyTorch 无法使用 GPU：请检查 GPU 驱动程序（在“硬件”页点击“重新检测”），确认您的用户可以打开 /dev/dri/renderD*（“render”组），并确认没有其他运行时隐藏该 GPU。</translation>
    </message>
    <message>
        <source>No GPU was found: check the Intel GPU driver (update it if the Hardware page says so, restart, then use Check again on the Hardware page).</source>
        <translation>未找到 GPU：请检查 Intel GPU 驱动程序（如果“硬件”页提示需要更新，请更新并重启电脑，然后在“硬件”页点击“重新检测”）。</translation>
    </message>
    <message>
        <source>No GPU was found: check the GPU driver (use Check again on the Hardware page) and that your user may open /dev/dri/renderD* (the render group).</source>
        <translation>未找到 GPU：请检查 GPU 驱动程序（在“硬件”页点击“重新检测”），并确认您的用户可以打开 /dev/dri/renderD*（“render”组）。</translation>
    </message>
    <message>
        <source>Programs were created from binaries, but this runtime does not say which image it chose or whether a persistent JIT cache served it, so the test cannot tell for sure that the code is native.</source>
        <translation>程序是从二进制文件创建的，但此运行时没有说明它选用了哪个映像，也没有说明是否由持久 JIT 缓存提供，因此测试无法确定代码是原生代码。</translation>
    </message>
    <message>
        <source>The test&apos;s log has no SYCL program trace, so it cannot tell native code from JIT.</source>
        <translation>测试日志中没有 SYCL 程序跟踪，因此无法判断运行的是原生代码还是 JIT。</translation>
    </message>
    <message>
        <source>Build {build} ({packages}, Python {python}) carries native code for this GPU ({target}): go Back to Build and choose it under Advanced.</source>
        <translation>构建 {build}（{packages}，Python {python}）含有此 GPU 的原生代码（{target}）：请点击“上一步”回到“构建”页，在“高级”中选择它。</translation>
    </message>
    <message>
        <source>No catalog build carries native code for this GPU: keep the JIT cache (the Finish page shows how) so the compile happens once.</source>
        <translation>目录中没有构建含有此 GPU 的原生代码：请保留 JIT 缓存（“完成”页说明了做法），这样只需编译一次。</translation>
    </message>
    <message>
        <source>{count} builds were left out because the catalog does not list their Python versions.</source>
        <translation>有 {count} 个构建被排除，因为目录中没有列出它们支持的 Python 版本。</translation>
    </message>
    <message>
        <source>{title} has native code for your GPU, but the catalog does not list its Python versions.</source>
        <translation>{title} 含有适用于您 GPU 的原生代码，但目录中没有列出它支持的 Python 版本。</translation>
    </message>
    <message>
        <source>{title} has native code for your GPU: choose its channel under Advanced to get it.</source>
        <translation>{title} 含有适用于您 GPU 的原生代码：在“高级”中选择它的渠道即可选用它。</translation>
    </message>
    <message>
        <source>No build in the catalog fits {gpu} on {what} in channel &apos;{channel}&apos;; the list below says why each build was left out.</source>
        <translation>目录中没有适合 {gpu}（{what}，渠道“{channel}”）的构建；下面的列表说明了每个构建被排除的原因。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; ({where}) is not a language the installer speaks; give one of {languages}.</source>
        <translation>安装程序不支持“{value}”（{where}）这种语言；请从 {languages} 中选一个。</translation>
    </message>
    <message>
        <source>Run &apos;{command}&apos; for the options.</source>
        <translation>运行“{command}”查看可用选项。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>Unexpected error ({error}); run again with --debug for details.</source>
        <translation>意外错误（{error}）；加上 --debug 再运行一次可查看详细信息。</translation>
    </message>
    <message>
        <source>The window cannot open ({error}), so the installer runs in the terminal.</source>
        <translation>无法打开窗口（{error}），安装程序改在终端中运行。</translation>
    </message>
    <message>
        <source>No display answers at {names}, so the installer runs in the terminal.</source>
        <translation>{names} 处没有可用的显示器，安装程序改在终端中运行。</translation>
    </message>
    <message>
        <source>Plan for this machine:</source>
        <translation>本机的方案：</translation>
    </message>
    <message>
        <source>Next: install it with        {command}</source>
        <translation>下一步：安装它              {command}</translation>
    </message>
    <message>
        <source>other builds, why:     {command}</source>
        <translation>其他构建及原因：      {command}</translation>
    </message>
    <message>
        <source>Next: plan for another GPU or Python with   {command}</source>
        <translation>下一步：为其他 GPU 或 Python 制定方案   {command}</translation>
    </message>
    <message>
        <source>Install log: {path}</source>
        <translation>安装日志：{path}</translation>
    </message>
    <message>
        <source>Dry run: nothing was downloaded or changed.</source>
        <translation>试运行：未下载或更改任何内容。</translation>
    </message>
    <message>
        <source>Installed {build} into {venv} in {seconds} s with {backend}.</source>
        <translation>已用 {backend} 将 {build} 安装到 {venv}，耗时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>These packages in the existing environment will change:</source>
        <translation>现有环境中的以下软件包将被更改：</translation>
    </message>
    <message>
        <source>Proceed? [y/N]</source>
        <translation>是否继续？[y/N]</translation>
    </message>
    <message>
        <source>Cancelling; rolling back…</source>
        <translation>正在取消并回滚…</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <source>{step} failed ({detail})</source>
        <translation>{step} 失败（{detail}）</translation>
    </message>
    <message>
        <source>download {file} {percent}% {size} {speed} {eta}</source>
        <translation>下载 {file} {percent}% {size} {speed} {eta}</translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>The PyTorch build for that computer&apos;s GPU, and whether it has native (AOT) code for it.</source>
        <translation>适合那台电脑 GPU 的 PyTorch 构建，以及它是否带有该 GPU 的原生（AOT）代码。</translation>
    </message>
    <message>
        <source>Native code for their GPU is included (matched device: {device}). Programs there start without compiling.</source>
        <translation>包含针对那台电脑 GPU 的原生代码（匹配的设备：{device}）。程序在那台电脑上启动时无需编译。</translation>
    </message>
    <message>
        <source>No native code for their GPU: kernels are compiled on first use. Expected first-run wait there: {wait}.</source>
        <translation>不含针对那台电脑 GPU 的原生代码：核函数在首次使用时编译。那台电脑上首次运行预计等待：{wait}。</translation>
    </message>
    <message>
        <source>The GPU test on that computer ran code compiled for their GPU in advance: programs there start without a wait.</source>
        <translation>那台电脑上的 GPU 测试运行的是预先为其 GPU 编译好的代码：程序在那台电脑上启动时无需等待。</translation>
    </message>
    <message>
        <source>The GPU test on that computer compiled the GPU code from an intermediate form when first used. It works, but the first run of each program there can take minutes; later runs reuse the cache if it is kept.</source>
        <translation>那台电脑上的 GPU 测试在首次使用时由中间格式编译 GPU 代码。可以正常工作，但那台电脑上每个程序第一次运行可能要等几分钟；只要保留缓存，之后的运行会复用它。</translation>
    </message>
    <message>
        <source>In the GPU test on that computer part of the code was native and part was compiled on first use: the user can expect some first-run waits.</source>
        <translation>那台电脑上的 GPU 测试中，部分代码是原生的，部分在首次使用时编译：用户首次运行时会有一些等待。</translation>
    </message>
    <message>
        <source>In the GPU test on that computer the kernels came from the persistent cache: they were compiled (JIT) on an earlier run, not in advance.</source>
        <translation>那台电脑上的 GPU 测试中，核函数来自持久缓存：它们是在之前的运行中编译（JIT）的，而不是预先编译的。</translation>
    </message>
    <message>
        <source>The runtime on that computer did not show whether native code or compilation was used: see the evidence below, and the test&apos;s log in the bundle&apos;s logs folder.</source>
        <translation>那台电脑上的运行时没有显示使用的是原生代码还是现场编译：请查看下面的证据，以及支持包中“logs”文件夹里的测试日志。</translation>
    </message>
    <message>
        <source>PyTorch started on that computer but found no Intel GPU. Ask the user to check the Intel GPU driver (the Hardware page shows its state from this file), update it if needed, restart and run the test again.</source>
        <translation>PyTorch 在那台电脑上已启动，但没有找到英特尔 GPU。请让用户检查英特尔 GPU 驱动程序（“硬件”页按此文件显示其状态），必要时更新驱动程序，重启后再次运行测试。</translation>
    </message>
    <message>
        <source>PyTorch started on that computer but found no Intel GPU. Ask the user to check the GPU driver and that their account may open /dev/dri/renderD* (the render group).</source>
        <translation>PyTorch 在那台电脑上已启动，但没有找到英特尔 GPU。请让用户检查 GPU 驱动程序，并确认其账户可以打开 /dev/dri/renderD*（render 组）。</translation>
    </message>
    <message>
        <source>The GPU test on that computer could not finish: the test&apos;s log in the bundle&apos;s logs folder shows where it stopped.</source>
        <translation>那台电脑上的 GPU 测试未能完成：支持包中“logs”文件夹里的测试日志显示了它停在哪里。</translation>
    </message>
    <message>
        <source>Fix on that computer</source>
        <translation>那台电脑上的解决方法</translation>
    </message>
    <message>
        <source>The file lists no display adapter. Ask the user to check that the GPU driver is installed.</source>
        <translation>文件中没有列出显示适配器。请让用户确认已安装 GPU 驱动程序。</translation>
    </message>
    <message>
        <source>The file lists no Intel GPU. This installer only helps with Intel GPUs.</source>
        <translation>文件中没有列出英特尔 GPU。本安装程序只适用于英特尔 GPU。</translation>
    </message>
    <message>
        <source>The hardware details of that computer were copied.</source>
        <translation>那台电脑的硬件详细信息已复制。</translation>
    </message>
    <message>
        <source>Ask the user to install the latest Intel Data Center GPU driver for this GPU from intel.com, restart, then run the installer again.</source>
        <translation>请让用户从 intel.com 安装适用于此 GPU 的最新 Intel 数据中心 GPU 驱动程序，重启电脑，然后再次运行本安装程序。</translation>
    </message>
    <message>
        <source>Ask the user to update it: download the Intel Arc &amp; Iris Xe Graphics driver from intel.com (or run Intel Driver &amp; Support Assistant), install it, restart, then run the installer again.</source>
        <translation>请让用户更新驱动程序：从 intel.com 下载 Intel Arc &amp; Iris Xe Graphics 驱动程序（或运行 Intel Driver &amp; Support Assistant），安装后重启电脑，然后再次运行本安装程序。</translation>
    </message>
    <message>
        <source>Ask the user to install the Intel Arc &amp; Iris Xe Graphics driver from intel.com (or run Intel Driver &amp; Support Assistant), restart, then run the installer again.</source>
        <translation>请让用户从 intel.com 安装 Intel Arc &amp; Iris Xe Graphics 驱动程序（或运行 Intel Driver &amp; Support Assistant），重启电脑，然后再次运行本安装程序。</translation>
    </message>
    <message>
        <source>Ask the user to install the latest Intel graphics driver from intel.com, then run the installer again.</source>
        <translation>请让用户从 intel.cn 或 intel.com 安装最新的英特尔显卡驱动程序，然后重新运行本安装程序。</translation>
    </message>
    <message>
        <source>No kernel driver is bound to this GPU. Ask the user to install the Intel GPU driver (on Linux, a kernel with the i915 or xe driver for it), restart, and run the installer again.</source>
        <translation>此 GPU 没有绑定内核驱动程序。请让用户安装英特尔 GPU 驱动程序（在 Linux 上需要带有对应 i915 或 xe 驱动程序的内核），重启后重新运行本安装程序。</translation>
    </message>
    <message>
        <source>The driver version could not be read; if PyTorch cannot see the GPU there, ask the user to update the driver.</source>
        <translation>无法读取驱动程序版本；如果 PyTorch 在那台电脑上找不到 GPU，请让用户更新驱动程序。</translation>
    </message>
    <message>
        <source>Has native (AOT) code for their GPU, so kernels need no compiling on first use. {reason}</source>
        <translation>含有适用于那台电脑 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>Has native (AOT) code for their GPU through AOT target &apos;{target}&apos;, so kernels need no compiling on first use. {reason}</source>
        <translation>通过 AOT 目标“{target}”含有适用于那台电脑 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>Expected to have native (AOT) code for their GPU, so kernels need no compiling on first use. {reason}</source>
        <translation>预计含有适用于那台电脑 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>Expected to have native (AOT) code for their GPU through AOT target &apos;{target}&apos;, so kernels need no compiling on first use. {reason}</source>
        <translation>预计通过 AOT 目标“{target}”含有适用于那台电脑 GPU 的原生（AOT）代码，因此首次使用时无需编译核函数。{reason}</translation>
    </message>
    <message>
        <source>it has native code for their GPU and that one would compile kernels on first use</source>
        <translation>它含有适用于那台电脑 GPU 的原生代码，而另一个要在首次使用时编译核函数</translation>
    </message>
    <message>
        <source>it was made for their GPU&apos;s platform</source>
        <translation>它是为那台电脑 GPU 所在平台制作的</translation>
    </message>
    <message>
        <source>{title} has native code for their GPU, but the catalog does not list its Python versions.</source>
        <translation>{title} 含有适用于那台电脑 GPU 的原生代码，但目录中没有列出它支持的 Python 版本。</translation>
    </message>
    <message>
        <source>Another Python would work there: {title} has native code for their GPU and has wheels for Python {pythons}.</source>
        <translation>在那台电脑上换一个 Python 版本即可：{title} 含有适用于其 GPU 的原生代码，并提供 Python {pythons} 的 wheel。</translation>
    </message>
    <message>
        <source>Another Python would work there: {title} fits their GPU and has wheels for Python {pythons}.</source>
        <translation>在那台电脑上换一个 Python 版本即可：{title} 适用于其 GPU，并提供 Python {pythons} 的 wheel。</translation>
    </message>
    <message>
        <source>{title} has native code for their GPU: choose its channel under Advanced to see it.</source>
        <translation>{title} 含有适用于那台电脑 GPU 的原生代码：在“高级”中选择它的渠道即可看到它。</translation>
    </message>
    <message>
        <source>Ask the user to add their account to the group and log in again: {command}</source>
        <translation>请让用户把其账户加入该组并重新登录：{command}</translation>
    </message>
    <message>
        <source>Ask the user not to run setvars.bat in the shell they start this venv from.</source>
        <translation>请让用户不要在启动此虚拟环境的 shell 中运行 setvars.bat。</translation>
    </message>
    <message>
        <source>Ask the user to set SYCL_CACHE_DIR to a folder their account owns.</source>
        <translation>请让用户将 SYCL_CACHE_DIR 设为其账户拥有的文件夹。</translation>
    </message>
    <message>
        <source>No Intel compute runtime was found (packages intel-opencl-icd / libze-intel-gpu1): PyTorch XPU needs it to see the GPU; ask the user to install their distribution&apos;s Intel GPU compute packages or Intel&apos;s client GPU driver.</source>
        <translation>没有找到英特尔计算运行时（软件包 intel-opencl-icd / libze-intel-gpu1）：PyTorch XPU 需要它才能看到 GPU；请让用户安装其发行版的英特尔 GPU 计算软件包，或英特尔的客户端 GPU 驱动程序。</translation>
    </message>
    <message>
        <source>{node} is not readable and writable by the account that ran the check (group &apos;{group}&apos;).</source>
        <translation>运行检测的账户对 {node} 没有读写权限（组“{group}”）。</translation>
    </message>
    <message>
        <source>The account that ran the check cannot open {node}, the render node of {gpu}: ask the user to add it to its group with &apos;sudo gpasswd -a $USER {group}&apos;, then log out and back in.</source>
        <translation>运行检测的账户无法打开 {gpu} 的渲染节点 {node}：请让用户用“sudo gpasswd -a $USER {group}”把该账户加入该组，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>Downloads from {host} used plain http:// as the user allowed: anyone on the network can read and change them.</source>
        <translation>按用户的允许，从 {host} 下载使用了明文 http://：网络上的任何人都能读取和篡改这些内容。</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; must be https://: it uses plain http:// to {host}, which anyone on the network can read and change; plain HTTP should be allowed explicitly only on a trusted network.</source>
        <translation>字段“{field}”必须使用 https://：它以明文 http:// 连接 {host}，网络上的任何人都能读取和篡改；只应在可信的网络上明确允许明文 HTTP。</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted by that computer; if the user&apos;s network inspects HTTPS (a company proxy), ask the user to add its root certificate to the system&apos;s certificate store and retry.</source>
        <translation>那台电脑不信任 {host} 的证书；如果用户的网络会检查 HTTPS（公司代理），请让用户将其根证书添加到系统的证书存储中，然后重试。</translation>
    </message>
    <message>
        <source>the user cancelled while it ran</source>
        <translation>运行期间用户取消了操作</translation>
    </message>
    <message>
        <source>GPUs ({os}, {source}):</source>
        <translation>GPU 列表（{os}，{source}）：</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>PCI id</source>
        <translation>PCI 设备 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AOT names</source>
        <translation>AOT 名称</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>是否支持</translation>
    </message>
    <message>
        <source>yes ({level})</source>
        <translation>是（{level}）</translation>
    </message>
    <message>
        <source>no ({level})</source>
        <translation>否（{level}）</translation>
    </message>
    <message>
        <source>no (not Intel)</source>
        <translation>否（不是 Intel）</translation>
    </message>
    <message>
        <source>dgpu</source>
        <translation>独立显卡</translation>
    </message>
    <message>
        <source>igpu</source>
        <translation>集成显卡</translation>
    </message>
    <message>
        <source>datacenter</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>jit-only</source>
        <translation>仅 JIT</translation>
    </message>
    <message>
        <source>old</source>
        <translation>过旧</translation>
    </message>
    <message>
        <source>unbound</source>
        <translation>未绑定驱动</translation>
    </message>
    <message>
        <source>* primary GPU: #{index}</source>
        <translation>* 首选 GPU：#{index}</translation>
    </message>
    <message>
        <source>Pythons:</source>
        <translation>Python 解释器：</translation>
    </message>
    <message>
        <source>{bits}-bit</source>
        <translation>{bits} 位</translation>
    </message>
    <message>
        <source>Pythons: none found</source>
        <translation>Python 解释器：未找到</translation>
    </message>
    <message>
        <source>Pythons: not looked for (--no-pythons)</source>
        <translation>Python 解释器：未查找（--no-pythons）</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>GPU: {name} ({device_id})</source>
        <translation>目标 GPU：{name}（{device_id}）</translation>
    </message>
    <message>
        <source>GPU: {name} ({device_id}, IP {ip})</source>
        <translation>目标 GPU：{name}（{device_id}，IP {ip}）</translation>
    </message>
    <message>
        <source>No build to install.</source>
        <translation>没有可安装的构建。</translation>
    </message>
    <message>
        <source>{count} builds were left out; &apos;{command}&apos; lists why for each.</source>
        <translation>有 {count} 个构建被排除；“{command}”列出了每个构建的原因。</translation>
    </message>
    <message>
        <source>Pick: {build}</source>
        <translation>选定：{build}</translation>
    </message>
    <message>
        <source>AOT: native kernels for this GPU</source>
        <translation>AOT：有此 GPU 的原生核函数</translation>
    </message>
    <message>
        <source>AOT expected: native kernels for this GPU (inferred, not verified)</source>
        <translation>预计 AOT：有此 GPU 的原生核函数（推断得出，未经验证）</translation>
    </message>
    <message>
        <source>AOT possible (not confirmed)</source>
        <translation>可能为 AOT（未确认）</translation>
    </message>
    <message>
        <source>JIT: kernels are compiled on first use</source>
        <translation>JIT：核函数在首次使用时编译</translation>
    </message>
    <message>
        <source>JIT expected: kernels are compiled on first use</source>
        <translation>预计 JIT：核函数在首次使用时编译</translation>
    </message>
    <message>
        <source>JIT assumed: whether native kernels exist is unknown</source>
        <translation>按 JIT 估计：不知道是否有原生核函数</translation>
    </message>
    <message>
        <source>AOT target: {target}</source>
        <translation>AOT 目标：{target}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Runner-up: {build}, {expect}</source>
        <translation>次选：{build}，{expect}</translation>
    </message>
    <message>
        <source>(+{count} more alternatives in &apos;{command}&apos;)</source>
        <translation>（“{command}”中还有 {count} 个备选）</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Install steps:</source>
        <translation>安装步骤：</translation>
    </message>
    <message>
        <source>{number}. {what} from {index}</source>
        <translation>{number}. {what}，来自 {index}</translation>
    </message>
    <message>
        <source>{number}. {what} (also {more})</source>
        <translation>{number}. {what}（另有 {more}）</translation>
    </message>
    <message>
        <source>{number}. {what} from {index} (also {more})</source>
        <translation>{number}. {what}，来自 {index}（另有 {more}）</translation>
    </message>
    <message>
        <source>Doctor for {venv} (Python {python})</source>
        <translation>诊断 {venv}（Python {python}）</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>! warning</source>
        <translation>! 警告</translation>
    </message>
    <message>
        <source>· info</source>
        <translation>· 信息</translation>
    </message>
    <message>
        <source>· note</source>
        <translation>· 备注</translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>修复：{fix}</translation>
    </message>
    <message>
        <source>Healthy: no errors or warnings ({count} notes).</source>
        <translation>状态良好：没有错误或警告（{count} 条信息）。</translation>
    </message>
    <message>
        <source>Something is wrong: {errors} error(s), {warnings} warning(s).</source>
        <translation>有问题：{errors} 个错误，{warnings} 个警告。</translation>
    </message>
    <message>
        <source>Support bundle written: {path}</source>
        <translation>支持包已写入：{path}</translation>
    </message>
    <message>
        <source>Redacted: {items}</source>
        <translation>已隐去：{items}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>结论：{verdict}</translation>
    </message>
    <message>
        <source>Programs: {il} from SPIR-V (JIT), {binary} from binaries, {interop} interop, {hits} persistent-cache hits; trace API: {api}</source>
        <translation>程序：{il} 个由 SPIR-V 构建（JIT），{binary} 个来自二进制，{interop} 个互操作，{hits} 次命中持久缓存；跟踪 API：{api}</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>未见到</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>Prediction: {expect} ({certainty})</source>
        <translation>预测：{expect}（{certainty}）</translation>
    </message>
    <message>
        <source>Prediction: {expect} ({certainty}), held</source>
        <translation>预测：{expect}（{certainty}），已应验</translation>
    </message>
    <message>
        <source>Prediction: {expect} ({certainty}), did NOT hold</source>
        <translation>预测：{expect}（{certainty}），未应验</translation>
    </message>
    <message>
        <source>nothing (no torch/IPEX GPU libraries or GPU unknown)</source>
        <translation>无（没有 torch/IPEX 的 GPU 库，或 GPU 未知）</translation>
    </message>
    <message>
        <source>First call vs second call:</source>
        <translation>第一次调用与第二次调用：</translation>
    </message>
    <message>
        <source>{name}: {first} s</source>
        <translation>{name}：{first} 秒</translation>
    </message>
    <message>
        <source>{name}: {first} s -&gt; {second} s</source>
        <translation>{name}：{first} 秒 -&gt; {second} 秒</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>错误：{error}</translation>
    </message>
    <message>
        <source>JIT cache {folder}: first run {first}, second run {second} (verified: served from the cache)</source>
        <translation>JIT 缓存 {folder}：第一次运行 {first}，第二次运行 {second}（已验证：由缓存提供）</translation>
    </message>
    <message>
        <source>JIT cache {folder}: first run {first}, second run {second} (NOT verified)</source>
        <translation>JIT 缓存 {folder}：第一次运行 {first}，第二次运行 {second}（未验证）</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Static check: {expect} expected ({certainty}); {reasons}</source>
        <translation>静态检查：预计 {expect}（{certainty}）；{reasons}</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop here, or wait: finishing warms the cache for later runs.</source>
        <translation>按 Ctrl+C 在此停止，或者等待：运行完成后缓存会为以后的运行预热。</translation>
    </message>
    <message>
        <source>running {step}</source>
        <translation>正在运行 {step}</translation>
    </message>
    <message>
        <source>Only the first {bytes} bytes of {files} were read (--max-bytes).</source>
        <translation>{files} 只读取了前 {bytes} 字节（--max-bytes）。</translation>
    </message>
    <message>
        <source>PyTorch is not installed in this venv.</source>
        <translation>此虚拟环境中没有安装 PyTorch。</translation>
    </message>
    <message>
        <source>the workload exited with status {status}</source>
        <translation>测试程序以状态 {status} 退出</translation>
    </message>
    <message>
        <source>the workload did not finish</source>
        <translation>测试程序没有运行完</translation>
    </message>
    <message>
        <source>No torch XPU or IPEX GPU library found in this venv, so nothing to predict from.</source>
        <translation>此虚拟环境中没有找到 torch XPU 或 IPEX 的 GPU 库，因此无从预测。</translation>
    </message>
    <message>
        <source>probe failed: {error}</source>
        <translation>检测失败：{error}</translation>
    </message>
    <message>
        <source>no GPU found by the probe</source>
        <translation>检测未发现 GPU</translation>
    </message>
    <message>
        <source>Forecast for {target} on {gpu}</source>
        <translation>{target} 在 {gpu} 上的预测</translation>
    </message>
    <message>
        <source>unknown GPU</source>
        <translation>未知 GPU</translation>
    </message>
    <message>
        <source>{name} (IP {ip}, product {product})</source>
        <translation>{name}（IP {ip}，产品 {product}）</translation>
    </message>
    <message>
        <source>{package}: 1 SYCL library ({certainty})</source>
        <translation>{package}：1 个 SYCL 库（{certainty}）</translation>
    </message>
    <message>
        <source>{package}: {count} SYCL libraries ({certainty})</source>
        <translation>{package}：{count} 个 SYCL 库（{certainty}）</translation>
    </message>
    <message>
        <source>{package}: 1 SYCL library ({certainty}; {modules} SPIR-V module(s), {size})</source>
        <translation>{package}：1 个 SYCL 库（{certainty}；{modules} 个 SPIR-V 模块，{size}）</translation>
    </message>
    <message>
        <source>{package}: {count} SYCL libraries ({certainty}; {modules} SPIR-V module(s), {size})</source>
        <translation>{package}：{count} 个 SYCL 库（{certainty}；{modules} 个 SPIR-V 模块，{size}）</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>info: {message}</source>
        <translation>信息：{message}</translation>
    </message>
    <message>
        <source>member {member}</source>
        <translation>成员 {member}</translation>
    </message>
    <message>
        <source>{modules} SPIR-V module(s), {size} to compile</source>
        <translation>需编译 {modules} 个 SPIR-V 模块，{size}</translation>
    </message>
    <message>
        <source>SYCL runtime:</source>
        <translation>SYCL 运行时：</translation>
    </message>
    <message>
        <source>Forecast on {gpu}: {expect} ({details})</source>
        <translation>在 {gpu} 上的预测：{expect}（{details}）</translation>
    </message>
    <message>
        <source>SPIR-V to compile on first use: {modules} module(s), {size}</source>
        <translation>首次使用时需编译的 SPIR-V：{modules} 个模块，{size}</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Open a support bundle on the Welcome page to see what it recorded.</source>
        <translation>请在“欢迎”页打开支持包，查看其中的记录。</translation>
    </message>
    <message>
        <source>Read from {file}. Nothing on this page installs, repairs or changes anything, on that computer, on this one or in the bundle.</source>
        <translation>读取自 {file}。此页不会安装、修复或更改任何内容：无论是那台电脑、这台电脑，还是支持包本身。</translation>
    </message>
    <message>
        <source>The plan saved on that computer had no build that fits.</source>
        <translation>那台电脑上保存的方案中没有合适的构建。</translation>
    </message>
    <message>
        <source>Native code for that GPU is included: programs start without compiling.</source>
        <translation>包含该 GPU 的原生代码：程序启动时无需编译。</translation>
    </message>
    <message>
        <source>No native code for that GPU: kernels are compiled on first use.</source>
        <translation>没有该 GPU 的原生代码：核函数在首次使用时编译。</translation>
    </message>
    <message>
        <source>The install finished.</source>
        <translation>安装已完成。</translation>
    </message>
    <message>
        <source>The last install was stopped by the user; nothing was changed.</source>
        <translation>最近一次安装被用户停止，未做任何更改。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The install failed at this step: {step}.</source>
        <translation>安装在这一步失败：{step}。</translation>
    </message>
    <message>
        <source>The doctor found {count} problem(s) in {venv}:</source>
        <translation>诊断在虚拟环境 {venv} 中发现 {count} 个问题：</translation>
    </message>
    <message>
        <source>The doctor found no problems in {venv}.</source>
        <translation>诊断在虚拟环境 {venv} 中没有发现问题。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>On that computer</source>
        <translation>那台电脑上的情况</translation>
    </message>
    <message>
        <source>What the support bundle recorded: the plan, the install, the GPU test and the doctor&apos;s findings.</source>
        <translation>支持包中的记录：安装方案、安装过程、GPU 测试和诊断结果。</translation>
    </message>
    <message>
        <source>The plan used there</source>
        <translation>那台电脑使用的方案</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>GPU test</source>
        <translation>GPU 测试</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;Details: the original English text</source>
        <translation>详细信息：英文原文(&amp;D)</translation>
    </message>
    <message>
        <source>Show the error in English</source>
        <translation>显示英文错误信息</translation>
    </message>
    <message>
        <source>The error in English</source>
        <translation>英文错误信息</translation>
    </message>
    <message>
        <source>Evidence (lines printed by the SYCL runtime):</source>
        <translation>证据（SYCL 运行时输出的原文）：</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Discrete graphics card</source>
        <translation>独立显卡</translation>
    </message>
    <message>
        <source>Integrated graphics</source>
        <translation>集成显卡</translation>
    </message>
    <message>
        <source>Data centre GPU</source>
        <translation>数据中心 GPU</translation>
    </message>
    <message>
        <source>Other display adapter</source>
        <translation>其他显示适配器</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>a probe file</source>
        <translation>检测文件</translation>
    </message>
    <message>
        <source>a Windows adapter list (gpus.json)</source>
        <translation>Windows 显示适配器列表（gpus.json）</translation>
    </message>
    <message>
        <source>a copy of a Linux /sys folder</source>
        <translation>Linux /sys 文件夹的副本</translation>
    </message>
    <message>
        <source>a support bundle</source>
        <translation>支持包</translation>
    </message>
    <message>
        <source>Driver OK</source>
        <translation>驱动正常</translation>
    </message>
    <message>
        <source>Driver too old</source>
        <translation>驱动版本过旧</translation>
    </message>
    <message>
        <source>No driver in use</source>
        <translation>未加载驱动</translation>
    </message>
    <message>
        <source>Driver status unknown</source>
        <translation>驱动状态未知</translation>
    </message>
    <message>
        <source>Install the latest Intel graphics driver from intel.com, then run this installer again.</source>
        <translation>请从 intel.cn 或 intel.com 安装最新的英特尔显卡驱动，然后重新运行本安装程序。</translation>
    </message>
    <message>
        <source>No kernel driver is bound to this GPU. Install the Intel GPU driver (on Linux, a kernel with the i915 or xe driver for it), restart, and run this installer again.</source>
        <translation>此 GPU 没有绑定内核驱动程序。请安装英特尔 GPU 驱动（在 Linux 上需要带有对应 i915 或 xe 驱动的内核），重启后重新运行本安装程序。</translation>
    </message>
    <message>
        <source>The driver version could not be read; if PyTorch cannot see the GPU later, update the driver.</source>
        <translation>无法读取驱动版本；如果之后 PyTorch 找不到 GPU，请更新驱动。</translation>
    </message>
    <message>
        <source>Supported by Intel&apos;s PyTorch builds</source>
        <translation>英特尔的 PyTorch 构建支持此 GPU</translation>
    </message>
    <message>
        <source>Works, but only with compilation on first use (JIT)</source>
        <translation>可以使用，但只能在首次使用时编译（JIT）</translation>
    </message>
    <message>
        <source>Not supported by PyTorch XPU builds</source>
        <translation>PyTorch XPU 构建不支持此 GPU</translation>
    </message>
    <message>
        <source>Support not known</source>
        <translation>支持情况未知</translation>
    </message>
    <message>
        <source>IPEX (official or community)</source>
        <translation>IPEX（官方或社区版）</translation>
    </message>
    <message>
        <source>IPEX, official Intel builds only</source>
        <translation>IPEX，仅英特尔官方构建</translation>
    </message>
    <message>
        <source>IPEX, community builds</source>
        <translation>IPEX，社区构建</translation>
    </message>
    <message>
        <source>PyTorch XPU only (no IPEX)</source>
        <translation>仅 PyTorch XPU（不含 IPEX）</translation>
    </message>
    <message>
        <source>AOT: native code for your GPU</source>
        <translation>AOT：带有您 GPU 的原生代码</translation>
    </message>
    <message>
        <source>JIT: compiled on first use</source>
        <translation>JIT：首次使用时编译</translation>
    </message>
    <message>
        <source>documented by the publisher</source>
        <translation>发布方有文档说明</translation>
    </message>
    <message>
        <source>inferred, not documented; the test after installing will tell</source>
        <translation>推断得出，无文档说明；安装后的测试会给出结论</translation>
    </message>
    <message>
        <source>not known for sure; the test after installing will tell</source>
        <translation>不能确定；安装后的测试会给出结论</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>AOT: native code was used</source>
        <translation>AOT：使用了原生代码</translation>
    </message>
    <message>
        <source>JIT: kernels were compiled on first use</source>
        <translation>JIT：核函数在首次使用时编译</translation>
    </message>
    <message>
        <source>Mixed: some native code, some compiled on first use</source>
        <translation>混合：部分为原生代码，部分在首次使用时编译</translation>
    </message>
    <message>
        <source>Cached: kernels came from an earlier compilation (JIT)</source>
        <translation>缓存：核函数来自之前的编译（JIT）</translation>
    </message>
    <message>
        <source>Unknown: the runtime gave no clear evidence</source>
        <translation>未知：运行时没有给出明确的证据</translation>
    </message>
    <message>
        <source>No GPU: PyTorch could not see an Intel GPU</source>
        <translation>无 GPU：PyTorch 找不到英特尔 GPU</translation>
    </message>
    <message>
        <source>The test failed</source>
        <translation>测试失败</translation>
    </message>
    <message>
        <source>PyTorch started but found no Intel GPU. Check the Intel GPU driver on the Hardware page.</source>
        <translation>PyTorch 已启动，但没有找到英特尔 GPU。请在“硬件”页检查 Intel GPU 驱动程序。</translation>
    </message>
    <message>
        <source>Your GPU ran code that was compiled for it in advance, so programs start without a wait.</source>
        <translation>您的 GPU 运行的是预先为它编译好的代码，程序启动时无需等待。</translation>
    </message>
    <message>
        <source>The GPU code was compiled from an intermediate form when first used. It works, but the first run of each program can take minutes; later runs reuse the cache if it is kept.</source>
        <translation>GPU 代码是在首次使用时由中间格式编译而来的。可以正常工作，但每个程序第一次运行可能要等几分钟；只要保留缓存，之后的运行会复用它。</translation>
    </message>
    <message>
        <source>Part of the code was native and part was compiled on first use; expect some first-run waits.</source>
        <translation>部分代码是原生的，部分在首次使用时编译；首次运行时会有一些等待。</translation>
    </message>
    <message>
        <source>The kernels came from the persistent cache: they were compiled (JIT) on an earlier run, not in advance.</source>
        <translation>核函数来自持久缓存：它们是在之前的运行中编译（JIT）的，而不是预先编译的。</translation>
    </message>
    <message>
        <source>The runtime did not show whether native code or compilation was used. See the evidence and the advice.</source>
        <translation>运行时没有显示使用的是原生代码还是现场编译。请查看下面的证据和建议。</translation>
    </message>
    <message>
        <source>PyTorch started but found no Intel GPU. Check the driver and, on Linux, access to /dev/dri.</source>
        <translation>PyTorch 已启动，但没有找到英特尔 GPU。请检查驱动；在 Linux 上还要检查对 /dev/dri 的访问权限。</translation>
    </message>
    <message>
        <source>The test could not finish. See the advice below.</source>
        <translation>测试未能完成。请查看下面的建议。</translation>
    </message>
    <message>
        <source>Install {package}</source>
        <translation>安装 {package}</translation>
    </message>
    <message>
        <source>first call {first}, second call {second}</source>
        <translation>首次调用 {first}，第二次调用 {second}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <source>Back up the existing environment</source>
        <translation>备份现有环境</translation>
    </message>
    <message>
        <source>Find or download Python</source>
        <translation>查找或下载 Python</translation>
    </message>
    <message>
        <source>Create the virtual environment</source>
        <translation>创建虚拟环境</translation>
    </message>
    <message>
        <source>Download packages</source>
        <translation>下载软件包</translation>
    </message>
    <message>
        <source>Install packages</source>
        <translation>安装软件包</translation>
    </message>
    <message>
        <source>Check installed versions</source>
        <translation>检查已安装的版本</translation>
    </message>
    <message>
        <source>Put the environment in place</source>
        <translation>将环境放到目标位置</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Start Python in the environment</source>
        <translation>在环境中启动 Python</translation>
    </message>
    <message>
        <source>Load PyTorch</source>
        <translation>加载 PyTorch</translation>
    </message>
    <message>
        <source>Load Intel Extension for PyTorch</source>
        <translation>加载英特尔 PyTorch 扩展（IPEX）</translation>
    </message>
    <message>
        <source>Find the GPU</source>
        <translation>查找 GPU</translation>
    </message>
    <message>
        <source>PyTorch kernel: element-wise</source>
        <translation>PyTorch 核函数：逐元素运算</translation>
    </message>
    <message>
        <source>PyTorch kernel: sum</source>
        <translation>PyTorch 核函数：求和</translation>
    </message>
    <message>
        <source>PyTorch kernel: matrix multiply</source>
        <translation>PyTorch 核函数：矩阵乘法</translation>
    </message>
    <message>
        <source>Load the SYCL test (dpctl, dpnp)</source>
        <translation>加载 SYCL 测试（dpctl、dpnp）</translation>
    </message>
    <message>
        <source>Open the SYCL device</source>
        <translation>打开 SYCL 设备</translation>
    </message>
    <message>
        <source>SYCL kernel: element-wise</source>
        <translation>SYCL 核函数：逐元素运算</translation>
    </message>
    <message>
        <source>SYCL kernel: sum</source>
        <translation>SYCL 核函数：求和</translation>
    </message>
    <message>
        <source>Choose a folder for the environment.</source>
        <translation>请为环境选择一个文件夹。</translation>
    </message>
    <message>
        <source>A new environment will be created here.</source>
        <translation>将在这里创建新环境。</translation>
    </message>
    <message>
        <source>This is an existing environment: it will be updated, and restored if anything fails.</source>
        <translation>这是一个已有的环境：它将被更新，如有失败会恢复原状。</translation>
    </message>
    <message>
        <source>This folder has files but is not a Python environment. Choose an empty or new folder.</source>
        <translation>此文件夹中已有文件，但不是 Python 环境。请选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，不是文件夹。</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Testing the GPU in the new environment... (%1)</source>
        <translation>正在新环境中测试 GPU……（%1）</translation>
    </message>
    <message>
        <source>The test was stopped. Kernels compiled so far stay in the cache.</source>
        <translation>测试已停止。已编译的核函数会保留在缓存中。</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>测试无法运行：%1</translation>
    </message>
    <message>
        <source>Test finished.</source>
        <translation>测试完成。</translation>
    </message>
    <message>
        <source>Nothing has been installed yet, so there is nothing to test.</source>
        <translation>尚未安装任何内容，因此没有可测试的对象。</translation>
    </message>
    <message>
        <source>No verdict yet: press Test again, or Next to finish without one.</source>
        <translation>尚无结论：请点击“重新测试”，或点击“下一步”在没有结论的情况下完成。</translation>
    </message>
    <message>
        <source>Predicted from the installed libraries before the test: %1. The test confirmed it.</source>
        <translation>测试前根据已安装的库预测的结果：%1。测试证实了这一点。</translation>
    </message>
    <message>
        <source>Predicted from the installed libraries before the test: %1. The test did not confirm it.</source>
        <translation>测试前根据已安装的库预测的结果：%1。测试结果与预测不符。</translation>
    </message>
    <message>
        <source>Predicted from the installed libraries before the test: %1.</source>
        <translation>测试前根据已安装的库预测的结果：%1。</translation>
    </message>
    <message>
        <source>The test was stopped early. Kernels compiled so far stay in the cache.</source>
        <translation>测试已提前停止。已编译的核函数会保留在缓存中。</translation>
    </message>
    <message>
        <source>Some kernels have no native code for this GPU: warm the JIT cache once?</source>
        <translation>部分核函数没有适用于这块 GPU 的原生代码：要预热一次 JIT 缓存吗？</translation>
    </message>
    <message>
        <source>not measured (the test was stopped)</source>
        <translation>未测得（测试已停止）</translation>
    </message>
    <message>
        <source>Runs the test&apos;s common kernels once with the JIT cache kept in %1, then once more to check that the second run loads them from the cache instead of compiling. The first test run took %2.</source>
        <translation>用保存在 %1 的 JIT 缓存运行一遍测试中的常用核函数，再运行一遍，确认第二次是从缓存加载而不是重新编译。第一次测试用时 %2。</translation>
    </message>
    <message>
        <source>filling the cache (run 1 of 2)</source>
        <translation>正在填充缓存（第 1 次，共 2 次）</translation>
    </message>
    <message>
        <source>checking that the second run uses the cache (run 2 of 2)</source>
        <translation>正在确认第二次运行使用了缓存（第 2 次，共 2 次）</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Warming the JIT cache: %1, %2... (%3)</source>
        <translation>正在预热 JIT 缓存：%1，%2……（%3）</translation>
    </message>
    <message>
        <source>Warming the JIT cache: %1... (%2)</source>
        <translation>正在预热 JIT 缓存：%1……（%2）</translation>
    </message>
    <message>
        <source>Warming was stopped. Kernels compiled so far stay in the cache, but it was not checked.</source>
        <translation>预热已停止。已编译的核函数会保留在缓存中，但未经检验。</translation>
    </message>
    <message>
        <source>The JIT cache could not be warmed: %1</source>
        <translation>无法预热 JIT 缓存：%1</translation>
    </message>
    <message>
        <source>Done in %1: the second run was served from the cache (CACHED), so your own runs can skip compiling these kernels.</source>
        <translation>已完成，用时 %1：第二次运行的核函数来自缓存（CACHED），因此您自己的程序可以省去编译这些核函数的时间。</translation>
    </message>
    <message>
        <source>The second run was not served from the cache (verdict: %1), so the cache does not help on this computer.</source>
        <translation>第二次运行的内核并非来自缓存（结论：%1），因此缓存在这台电脑上没有帮助。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>A short GPU test shows whether native (AOT) code runs or kernels are compiled (JIT).</source>
        <translation>一个简短的 GPU 测试，显示运行的是原生（AOT）代码还是现场编译（JIT）的核函数。</translation>
    </message>
    <message>
        <source>The runtime is compiling kernels (JIT): this build has no native code for your GPU. The first run can take minutes. You may stop the test now, or let it finish to fill the cache.</source>
        <translation>运行时正在编译核函数（JIT）：此构建不含您 GPU 的原生代码，首次运行可能要几分钟。您可以现在停止测试，也可以让它运行完以填充缓存。</translation>
    </message>
    <message>
        <source>Evidence (lines printed by the SYCL runtime):</source>
        <translation>证据（SYCL 运行时输出的原文）：</translation>
    </message>
    <message>
        <source>Advice (from the test):</source>
        <translation>建议（来自测试）：</translation>
    </message>
    <message>
        <source>Timings (a kernel&apos;s first call includes any compiling):</source>
        <translation>耗时（核函数的首次调用包含编译时间）：</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>停止测试(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the GPU test</source>
        <translation>停止 GPU 测试</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>重新测试(&amp;A)</translation>
    </message>
    <message>
        <source>Run the GPU test again</source>
        <translation>再次运行 GPU 测试</translation>
    </message>
    <message>
        <source>No native code for this GPU: warm the JIT cache once?</source>
        <translation>此版本没有适用于这块 GPU 的原生代码：要预热一次 JIT 缓存吗？</translation>
    </message>
    <message>
        <source>Warm the &amp;JIT cache</source>
        <translation>预热 JIT 缓存(&amp;J)</translation>
    </message>
    <message>
        <source>Warm the JIT cache</source>
        <translation>预热 JIT 缓存</translation>
    </message>
    <message>
        <source>Stop &amp;warming</source>
        <translation>停止预热(&amp;W)</translation>
    </message>
    <message>
        <source>Stop warming the JIT cache</source>
        <translation>停止预热 JIT 缓存</translation>
    </message>
    <message>
        <source>To keep using the cache in your own runs, set these variables before starting Python (on Windows the cache folder must have an ASCII-only path):</source>
        <translation>要在您自己的程序中继续使用该缓存，请在启动 Python 之前设置以下环境变量（在 Windows 上，缓存文件夹的路径只能包含 ASCII 字符）：</translation>
    </message>
    <message>
        <source>Testing the GPU in the new environment: {step}... ({elapsed})</source>
        <translation>正在新环境中测试 GPU：{step}……（{elapsed}）</translation>
    </message>
    <message>
        <source>Next: press Next to see how to use the environment.</source>
        <translation>下一步：点击“下一步”查看如何使用该环境。</translation>
    </message>
    <message>
        <source>Next: warm the JIT cache below so that your own programs skip most of the wait, or press Next to finish.</source>
        <translation>下一步：预热下方的 JIT 缓存，让您自己的程序省去大部分等待；或点击“下一步”完成。</translation>
    </message>
    <message>
        <source>The environment is not ready: PyTorch sees no GPU. Press Back to see the driver&apos;s state and its fix, then install again.</source>
        <translation>环境尚未就绪：PyTorch 找不到 GPU。请点击“上一步”查看驱动程序状态及修复方法，然后重新安装。</translation>
    </message>
    <message>
        <source>The environment is not ready. Press Back to choose another build, or press Next and save a support bundle.</source>
        <translation>环境尚未就绪。请点击“上一步”选择其他构建，或点击“下一步”保存支持包。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Install PyTorch for your Intel GPU, with native code where it exists.</source>
        <translation>为您的英特尔 GPU 安装 PyTorch，尽可能使用原生代码。</translation>
    </message>
    <message>
        <source>This installer finds the PyTorch build (with or without Intel Extension for PyTorch) whose ahead-of-time (AOT) compiled code covers your Intel GPU, installs it into a Python virtual environment, and then proves with a short test whether your GPU runs native code or compiles it on first use (JIT).</source>
        <translation>本安装程序会找到预先编译（AOT）代码涵盖您英特尔 GPU 的 PyTorch 版本（带或不带 Intel Extension for PyTorch），把它安装到 Python 虚拟环境中，然后用一个简短的测试证明您的 GPU 运行的是原生代码，还是在首次使用时编译（JIT）。</translation>
    </message>
    <message>
        <source>Steps: check your hardware, choose a build, choose where to install, install, test, and finish. Nothing is changed on your computer before the Install step.</source>
        <translation>步骤：检测硬件、选择构建、选择安装位置、安装、测试、完成。在“安装”这一步之前，不会对您的电脑做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open a support bundle or probe file</source>
        <translation>打开支持包或检测文件</translation>
    </message>
    <message>
        <source>What you need:</source>
        <translation>您需要：</translation>
    </message>
    <message>
        <source>• Disk: about {size} free on the drive you install to.</source>
        <translation>• 磁盘：安装所在的驱动器上约有 {size} 可用空间。</translation>
    </message>
    <message>
        <source>• Time: mostly downloading a few gigabytes; minutes on a fast connection, longer on a slow one.</source>
        <translation>• 时间：主要用于下载几 GB 的文件；网速快时只需几分钟，网速慢时会更久。</translation>
    </message>
    <message>
        <source>• Driver: the Intel graphics driver for your GPU (the next page checks it).</source>
        <translation>• 驱动程序：适用于您 GPU 的英特尔显卡驱动程序（下一页会检查）。</translation>
    </message>
    <message>
        <source>For support staff: open a &amp;support file from another computer...</source>
        <translation>技术支持人员：打开来自另一台电脑的支持文件(&amp;S)...</translation>
    </message>
    <message>
        <source>See the hardware and the build of another computer from its support bundle or probe file. Nothing is installed.</source>
        <translation>通过另一台电脑的支持包或探测文件查看它的硬件和构建。不会安装任何内容。</translation>
    </message>
    <message>
        <source>Problems? See the &lt;a href=&quot;{url}&quot;&gt;troubleshooting page&lt;/a&gt;.</source>
        <translation>遇到问题？请查看&lt;a href=&quot;{url}&quot;&gt;故障排除页面&lt;/a&gt;。</translation>
    </message>
</context>
</TS>
