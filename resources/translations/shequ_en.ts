<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>社区台账使用以下开源程序库，各自遵循其许可证：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Community Ledgers uses the following open-source libraries, each under its own licence:</translation>
    </message>
    <message>
        <source>关于社区台账</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>About Community Ledgers</translation>
    </message>
    <message>
        <source>社区台账 {0}</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Community Ledgers {0}</translation>
    </message>
    <message>
        <source>社区党建“三有一化”台账与报表。</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Ledgers and returns for community Party building, “Three Haves, One Standard”.</translation>
    </message>
    <message>
        <source>版本：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt {0}，PySide6 {1}</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Qt {0}, PySide6 {1}</translation>
    </message>
    <message>
        <source>Qt 版本：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Qt version:</translation>
    </message>
    <message>
        <source>Python 版本：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Python version:</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>未打开</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Not open</translation>
    </message>
    <message>
        <source>数据文件夹：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>日志文件夹：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>许可证：</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) — GNU LGPL v3</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Qt for Python (PySide6) — GNU LGPL v3</translation>
    </message>
    <message>
        <source>GNU GPL v3（LGPL v3 的基础）</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>GNU GPL v3 (the basis of LGPL v3)</translation>
    </message>
    <message>
        <source>Noto Sans SC 字体 — SIL Open Font License 1.1</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Noto Sans SC font — SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>其他程序库</source>
        <extracomment>desktop/about.py</extracomment>
        <translation>Other libraries</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/app.py</extracomment>
        <translation>Community Ledgers</translation>
    </message>
    <message>
        <source>无法打开社区台账</source>
        <extracomment>desktop/app.py</extracomment>
        <translation>Cannot open Community Ledgers</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>恢复备份</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>选择要恢复的备份。恢复后，当前的全部数据会被这个备份替换；当前数据会先另存为“恢复前”的备份。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Choose the backup to restore. All the current data will be replaced by it; the current data is first saved as a “Before restore” backup.</translation>
    </message>
    <message>
        <source>原因</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备份时间</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>大小</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>恢复备份…</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>正在备份数据…</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Backing up the data…</translation>
    </message>
    <message>
        <source>备份没有完成</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>The backup did not finish</translation>
    </message>
    <message>
        <source>每日备份没有完成</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>The daily backup did not finish</translation>
    </message>
    <message>
        <source>正在进行每日备份…</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <source>已完成每日备份。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Daily backup done.</translation>
    </message>
    <message>
        <source>正在备份数据，请稍后再试。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>The data is being backed up; please try again shortly.</translation>
    </message>
    <message>
        <source>还没有任何备份。社区台账每天第一次打开时和每次关闭时会自动备份。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>There are no backups yet. Community Ledgers backs up automatically when it is first opened each day and every time it is closed.</translation>
    </message>
    <message>
        <source>用 {0} 的备份（{1}）替换当前的全部数据吗？

这之后录入或修改的内容将不在恢复后的数据里。当前数据会先另存为“恢复前”的备份，需要时可以再恢复回来。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Replace all the current data with the backup of {0} ({1})?

Anything entered or changed since then will not be in the restored data. The current data is first saved as a “Before restore” backup, so you can go back to it if needed.</translation>
    </message>
    <message>
        <source>替换并恢复</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Replace and restore</translation>
    </message>
    <message>
        <source>正在恢复备份…</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>恢复备份时出现意外错误：{0}。当前数据没有任何改动。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>An unexpected error occurred while restoring the backup: {0}. The current data has not been changed.</translation>
    </message>
    <message>
        <source>无法重新打开社区台账</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Cannot reopen Community Ledgers</translation>
    </message>
    <message>
        <source>恢复备份没有完成</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>The restore did not finish</translation>
    </message>
    <message>
        <source>已取消恢复，当前数据没有任何改动。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restore cancelled; the current data has not been changed.</translation>
    </message>
    <message>
        <source>已恢复 {0} 的备份。</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restored the backup of {0}.</translation>
    </message>
    <message>
        <source>恢复前的数据已另存为：{0}</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>The data from before the restore was saved as: {0}</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>退出时</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>On exit</translation>
    </message>
    <message>
        <source>每日</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Daily</translation>
    </message>
    <message>
        <source>恢复前</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>迁移前</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>其他</source>
        <extracomment>desktop/backups.py</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>{0}（第 {1} 版）</source>
        <extracomment>desktop/corrections.py</extracomment>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <source>这条记录已计入已签署的报表：{0}。
修改或删除后，需要报送更正报表。
请写明原因（会印在更正报表的变更说明里）：</source>
        <extracomment>desktop/corrections.py</extracomment>
        <translation>This record was counted in a signed return: {0}.
After changing or deleting it, a corrected return must be sent.
Please write the reason (it is printed in the corrected return&apos;s list of changes):</translation>
    </message>
    <message>
        <source>修改已签署报表中的记录</source>
        <extracomment>desktop/corrections.py</extracomment>
        <translation>Changing a record in a signed return</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>标准 {0}</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Standard {0}</translation>
    </message>
    <message>
        <source>签署报表前还需处理</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Before signing the return</translation>
    </message>
    <message>
        <source>台账</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>记录</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>问题</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>签署报表前还需处理的问题</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Items to deal with before signing the return</translation>
    </message>
    <message>
        <source>错误</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>检查没有完成：{0}</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>The check did not finish: {0}</translation>
    </message>
    <message>
        <source>可以签署报表</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Ready to sign the return</translation>
    </message>
    <message>
        <source>{0} 个错误必须先改正</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Errors to correct first: {0}</translation>
    </message>
    <message>
        <source>{0} 条提醒需写明说明</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Warnings needing an explanation: {0}</translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>打开报表页</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Open Returns</translation>
    </message>
    <message>
        <source>还有 {0} 项未列出；报表页列出全部。</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>{0} more not listed; the Returns page lists them all.</translation>
    </message>
    <message>
        <source>点一项即可打开要改的记录；提醒的说明在报表页填写。</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Click an item to open the record to correct; explanations for warnings are written on the Returns page.</translation>
    </message>
    <message>
        <source>（这一项不在台账中修改）</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>(This is not corrected in a ledger.)</translation>
    </message>
    <message>
        <source>点击或按回车打开这条记录</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Click or press Enter to open this record</translation>
    </message>
    <message>
        <source>点击或按回车打开这本台账</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Click or press Enter to open this ledger</translation>
    </message>
    <message>
        <source>{0} “三有一化”达标情况</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>{0} “Three Haves, One Standard” results</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>报告期：</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>{0}总体：&lt;b style=&apos;color:{1}&apos;&gt;{2}&lt;/b&gt;&#x3000;（按本期有效的市级标准评判）</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>{0} overall: &lt;b style=&apos;color:{1}&apos;&gt;{2}&lt;/b&gt;&#x2003;(judged by the city standards in force for the period)</translation>
    </message>
    <message>
        <source>程序出错，详见错误报告</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>The program ran into an error; see the error report</translation>
    </message>
    <message>
        <source>签署报表前的检查：正在检查…</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Checking before signing…</translation>
    </message>
    <message>
        <source>签署报表前还需处理 {0} 项</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>To deal with before signing: {0}</translation>
    </message>
    <message>
        <source>达标</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>Not met</translation>
    </message>
    <message>
        <source>需说明</source>
        <extracomment>desktop/dashboard.py</extracomment>
        <translation>To explain</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>没有恢复</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>撤销</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>恢复刚删除的记录（Ctrl+Z）</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Bring back the record just deleted (Ctrl+Z)</translation>
    </message>
    <message>
        <source>已删除“{0}”</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Deleted “{0}”</translation>
    </message>
    <message>
        <source>已恢复“{0}”；上一条删除的是“{1}”</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Restored “{0}”; the one deleted before it was “{1}”</translation>
    </message>
    <message>
        <source>已恢复“{0}”</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Restored “{0}”</translation>
    </message>
    <message>
        <source>撤销删除</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>要删除{0}“{1}”吗？
删除后可以在窗口底部点“撤销”（或按 Ctrl+Z）恢复。</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Delete the {0} “{1}”?
You can bring it back with “Undo” at the bottom of the window (or Ctrl+Z).</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除记录</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>没有删除</source>
        <extracomment>desktop/deletions.py</extracomment>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>社区台账遇到内部错误</source>
        <extracomment>desktop/crash.py</extracomment>
        <translation>Community Ledgers ran into an internal error</translation>
    </message>
    <message>
        <source>程序遇到了一个意外错误：{0}</source>
        <extracomment>desktop/crash.py</extracomment>
        <translation>The program ran into an unexpected error: {0}</translation>
    </message>
    <message>
        <source>详细信息已记录在：{0}</source>
        <extracomment>desktop/crash.py</extracomment>
        <translation>The details were written to: {0}</translation>
    </message>
    <message>
        <source>请把下面的详细信息复制给技术人员。您可以继续使用，但建议保存工作后重新打开程序。</source>
        <extracomment>desktop/crash.py</extracomment>
        <translation>Please copy the details below and send them to your technical support. You can carry on, but it is best to save your work and restart the program.</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <extracomment>desktop/crash.py</extracomment>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>填写社区的基本情况和第一位管理员，然后开始记台账。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Fill in the community&apos;s profile and its first administrator, then start keeping the ledgers.</translation>
    </message>
    <message>
        <source>一个虚构的“胜利社区”，带两年多的示例台账，用来熟悉软件、练习操作。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>A made-up “Shengli Community” with more than two years of sample ledgers, to get to know the software and practise.</translation>
    </message>
    <message>
        <source>数据将保存在：{0}</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>The data will be kept in: {0}</translation>
    </message>
    <message>
        <source>社区基本情况</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Community profile</translation>
    </message>
    <message>
        <source>这些信息会出现在报表的表头上，以后可以在台账里修改。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>These details appear at the top of the returns; you can change them in the ledgers later.</translation>
    </message>
    <message>
        <source>12 位数字，如 150802001001</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>12 digits, e.g. 150802001001</translation>
    </message>
    <message>
        <source>统计用区划代码</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Statistical division code</translation>
    </message>
    <message>
        <source>如：胜利社区</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>e.g. Shengli Community</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Community name</translation>
    </message>
    <message>
        <source>如：车站街道</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>e.g. Chezhan Sub-district</translation>
    </message>
    <message>
        <source>所属街道（镇）</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Sub-district (town)</translation>
    </message>
    <message>
        <source>所属区（旗、县）</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>District (banner, county)</translation>
    </message>
    <message>
        <source>请选择或填写</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>统计用区划代码不清楚时，可以向街道（镇）或统计部门询问。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>If you do not know the statistical division code, ask the sub-district (town) office or the statistics bureau.</translation>
    </message>
    <message>
        <source>统计用区划代码：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Statistical division code:</translation>
    </message>
    <message>
        <source>社区名称：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Community name:</translation>
    </message>
    <message>
        <source>所属街道（镇）：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Sub-district (town):</translation>
    </message>
    <message>
        <source>所属区（旗、县）：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>District (banner, county):</translation>
    </message>
    <message>
        <source>所属市：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>City:</translation>
    </message>
    <message>
        <source>第一位管理员</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>管理员可以在“设置”里添加其他操作人员。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>An administrator can add other operators under “Settings”.</translation>
    </message>
    <message>
        <source>您的姓名</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Your name</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <source>可以不设</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>密码</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Enter the password again</translation>
    </message>
    <message>
        <source>设了密码，每次打开社区台账都要输入。请记牢：忘记后只能请另一位管理员重新设置。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>With a password set, it is asked for every time Community Ledgers opens. Remember it: if it is forgotten, only another administrator can set a new one.</translation>
    </message>
    <message>
        <source>姓名：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>再输一次：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Again:</translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>The two passwords are not the same. Please enter them again.</translation>
    </message>
    <message>
        <source>演示社区</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Demo community</translation>
    </message>
    <message>
        <source>演示社区“胜利社区”的数据都是虚构的，可以随意修改、练习。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Everything in the demo “Shengli Community” is made up: change it and practise as you like.</translation>
    </message>
    <message>
        <source>进度</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <source>正在生成演示社区的示例数据，请稍候……</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Making the demo community&apos;s sample data, please wait…</translation>
    </message>
    <message>
        <source>演示社区已建立，共 {0} 条记录。点击“完成”开始使用。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>The demo community is ready, with {0} records. Click “Finish” to start.</translation>
    </message>
    <message>
        <source>演示社区没有建成。</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>The demo community could not be made.</translation>
    </message>
    <message>
        <source>社区台账 — 第一次使用</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Community Ledgers — first use</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>生成演示数据(&amp;N)</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Make demo data (&amp;N)</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在生成演示数据</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Making demo data</translation>
    </message>
    <message>
        <source>欢迎使用社区台账</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Welcome to Community Ledgers</translation>
    </message>
    <message>
        <source>这台电脑上还没有社区台账。请选择要做什么：</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>There are no community ledgers on this computer yet. What would you like to do?</translation>
    </message>
    <message>
        <source>建立我们社区的台账</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Set up our community&apos;s ledgers</translation>
    </message>
    <message>
        <source>打开演示社区（示例数据）</source>
        <extracomment>desktop/first_run.py</extracomment>
        <translation>Open the demo community (sample data)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>时间</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>操作</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>改动</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>原因</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>整条记录</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Whole record</translation>
    </message>
    <message>
        <source>（空）</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>保存后，这里会列出每一次修改：谁、什么时候、改了什么、原因。</source>
        <extracomment>desktop/history.py</extracomment>
        <translation>Once saved, every change is listed here: who, when, what changed and why.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>国有资产划拨</source>
        <extracomment>db.enums.AcquisitionMethod.ALLOCATION</extracomment>
        <translation>State asset allocation</translation>
    </message>
    <message>
        <source>城市开发配套</source>
        <extracomment>db.enums.AcquisitionMethod.DEVELOPMENT</extracomment>
        <translation>Provided with urban development</translation>
    </message>
    <message>
        <source>租赁</source>
        <extracomment>db.enums.AcquisitionMethod.LEASE</extracomment>
        <translation>Lease</translation>
    </message>
    <message>
        <source>新建</source>
        <extracomment>db.enums.AcquisitionMethod.NEW_BUILD</extracomment>
        <translation>New building</translation>
    </message>
    <message>
        <source>其他</source>
        <extracomment>db.enums.AcquisitionMethod.OTHER, db.enums.ActivityKind.OTHER, db.enums.ActivityTopic.OTHER, db.enums.AwardKind.OTHER, db.enums.FundingPurpose.OTHER, db.enums.FundingSource.OTHER, db.enums.HelpKind.OTHER, db.enums.PartnerKind.OTHER, db.enums.ResidentCategory.OTHER, db.enums.ResidentNeed.OTHER, db.enums.SelectionMethod.OTHER, db.enums.StaffPosition.OTHER</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>共建单位提供</source>
        <extracomment>db.enums.AcquisitionMethod.PARTNER</extracomment>
        <translation>Provided by a partner unit</translation>
    </message>
    <message>
        <source>产权置换</source>
        <extracomment>db.enums.AcquisitionMethod.PROPERTY_SWAP</extracomment>
        <translation>Property exchange</translation>
    </message>
    <message>
        <source>改扩建</source>
        <extracomment>db.enums.AcquisitionMethod.RENOVATION</extracomment>
        <translation>Renovation or extension</translation>
    </message>
    <message>
        <source>便民服务</source>
        <extracomment>db.enums.ActivityKind.CONVENIENCE</extracomment>
        <translation>Convenience services</translation>
    </message>
    <message>
        <source>文体活动</source>
        <extracomment>db.enums.ActivityKind.CULTURE_SPORTS, db.enums.MemberPost.CULTURE_SPORTS</extracomment>
        <translation>Cultural and sports activities</translation>
    </message>
    <message>
        <source>创建评比</source>
        <extracomment>db.enums.ActivityKind.EVALUATION, db.kinds awards</extracomment>
        <translation>Awards</translation>
    </message>
    <message>
        <source>就业培训</source>
        <extracomment>db.enums.ActivityKind.JOB_TRAINING</extracomment>
        <translation>Job training</translation>
    </message>
    <message>
        <source>报告会</source>
        <extracomment>db.enums.ActivityKind.LECTURE</extracomment>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>主题党日</source>
        <extracomment>db.enums.ActivityKind.PARTY_DAY</extracomment>
        <translation>Party theme day</translation>
    </message>
    <message>
        <source>宣传教育</source>
        <extracomment>db.enums.ActivityKind.PUBLICITY</extracomment>
        <translation>Publicity and education</translation>
    </message>
    <message>
        <source>座谈会</source>
        <extracomment>db.enums.ActivityKind.SYMPOSIUM</extracomment>
        <translation>Discussion meeting</translation>
    </message>
    <message>
        <source>培训班</source>
        <extracomment>db.enums.ActivityKind.TRAINING</extracomment>
        <translation>Training course</translation>
    </message>
    <message>
        <source>志愿服务</source>
        <extracomment>db.enums.ActivityKind.VOLUNTEER_SERVICE</extracomment>
        <translation>Volunteer service</translation>
    </message>
    <message>
        <source>文明礼仪</source>
        <extracomment>db.enums.ActivityTopic.CIVILITY</extracomment>
        <translation>Civility and etiquette</translation>
    </message>
    <message>
        <source>民主法制</source>
        <extracomment>db.enums.ActivityTopic.DEMOCRACY_LAW</extracomment>
        <translation>Democracy and rule of law</translation>
    </message>
    <message>
        <source>健康卫生</source>
        <extracomment>db.enums.ActivityTopic.HEALTH</extracomment>
        <translation>Health and hygiene</translation>
    </message>
    <message>
        <source>就业技能</source>
        <extracomment>db.enums.ActivityTopic.JOB_SKILLS</extracomment>
        <translation>Job skills</translation>
    </message>
    <message>
        <source>政策宣讲</source>
        <extracomment>db.enums.ActivityTopic.POLICY</extracomment>
        <translation>Policy briefing</translation>
    </message>
    <message>
        <source>办公用房</source>
        <extracomment>db.compliance, db.enums.AreaClass.OFFICE, db.enums.FacilityType.OFFICE</extracomment>
        <translation>Office space</translation>
    </message>
    <message>
        <source>服务(活动)用房</source>
        <extracomment>db.compliance, db.enums.AreaClass.SERVICE</extracomment>
        <translation>Service (activity) space</translation>
    </message>
    <message>
        <source>新增</source>
        <extracomment>db.enums.AuditAction.CREATE</extracomment>
        <translation>Added</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>db.enums.AuditAction.DELETE</extracomment>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>恢复</source>
        <extracomment>db.enums.AuditAction.RESTORE</extracomment>
        <translation>Restored</translation>
    </message>
    <message>
        <source>修改</source>
        <extracomment>db.enums.AuditAction.UPDATE</extracomment>
        <translation>Changed</translation>
    </message>
    <message>
        <source>文明市民</source>
        <extracomment>db.enums.AwardKind.CIVIC_CITIZEN</extracomment>
        <translation>Civic-minded citizen</translation>
    </message>
    <message>
        <source>文明社区</source>
        <extracomment>db.enums.AwardKind.CIVIC_COMMUNITY</extracomment>
        <translation>Civic community</translation>
    </message>
    <message>
        <source>安全示范小区</source>
        <extracomment>db.enums.AwardKind.SAFE_COMMUNITY</extracomment>
        <translation>Model safe neighbourhood</translation>
    </message>
    <message>
        <source>市级</source>
        <extracomment>db.enums.AwardLevel.CITY</extracomment>
        <translation>City level</translation>
    </message>
    <message>
        <source>旗县区级</source>
        <extracomment>db.enums.AwardLevel.DISTRICT</extracomment>
        <translation>District / banner / county level</translation>
    </message>
    <message>
        <source>国家级</source>
        <extracomment>db.enums.AwardLevel.NATIONAL</extracomment>
        <translation>National</translation>
    </message>
    <message>
        <source>自治区级</source>
        <extracomment>db.enums.AwardLevel.REGION</extracomment>
        <translation>Autonomous-region level</translation>
    </message>
    <message>
        <source>街道(镇)级</source>
        <extracomment>db.enums.AwardLevel.STREET</extracomment>
        <translation>Sub-district (town) level</translation>
    </message>
    <message>
        <source>地缘型</source>
        <extracomment>db.enums.BranchKind.GEOGRAPHIC</extracomment>
        <translation>Neighbourhood-based</translation>
    </message>
    <message>
        <source>趣缘型</source>
        <extracomment>db.enums.BranchKind.INTEREST</extracomment>
        <translation>Interest-based</translation>
    </message>
    <message>
        <source>业缘型</source>
        <extracomment>db.enums.BranchKind.OCCUPATIONAL</extracomment>
        <translation>Occupation-based</translation>
    </message>
    <message>
        <source>大学本科</source>
        <extracomment>db.enums.Education.BACHELOR</extracomment>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>大学专科</source>
        <extracomment>db.enums.Education.COLLEGE</extracomment>
        <translation>College diploma</translation>
    </message>
    <message>
        <source>高中</source>
        <extracomment>db.enums.Education.HIGH_SCHOOL</extracomment>
        <translation>Senior high school</translation>
    </message>
    <message>
        <source>初中</source>
        <extracomment>db.enums.Education.MIDDLE_SCHOOL</extracomment>
        <translation>Junior high school</translation>
    </message>
    <message>
        <source>研究生</source>
        <extracomment>db.enums.Education.POSTGRADUATE</extracomment>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <source>小学及以下</source>
        <extracomment>db.enums.Education.PRIMARY</extracomment>
        <translation>Primary school or less</translation>
    </message>
    <message>
        <source>中专</source>
        <extracomment>db.enums.Education.TECHNICAL</extracomment>
        <translation>Secondary vocational school</translation>
    </message>
    <message>
        <source>达斡尔族</source>
        <extracomment>db.enums.Ethnicity.DAUR</extracomment>
        <translation>Daur</translation>
    </message>
    <message>
        <source>鄂温克族</source>
        <extracomment>db.enums.Ethnicity.EWENKI</extracomment>
        <translation>Ewenki</translation>
    </message>
    <message>
        <source>汉族</source>
        <extracomment>db.enums.Ethnicity.HAN</extracomment>
        <translation>Han</translation>
    </message>
    <message>
        <source>回族</source>
        <extracomment>db.enums.Ethnicity.HUI</extracomment>
        <translation>Hui</translation>
    </message>
    <message>
        <source>朝鲜族</source>
        <extracomment>db.enums.Ethnicity.KOREAN</extracomment>
        <translation>Korean</translation>
    </message>
    <message>
        <source>满族</source>
        <extracomment>db.enums.Ethnicity.MANCHU</extracomment>
        <translation>Manchu</translation>
    </message>
    <message>
        <source>蒙古族</source>
        <extracomment>db.enums.Ethnicity.MONGOL</extracomment>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>鄂伦春族</source>
        <extracomment>db.enums.Ethnicity.OROQEN</extracomment>
        <translation>Oroqen</translation>
    </message>
    <message>
        <source>其他民族</source>
        <extracomment>db.enums.Ethnicity.OTHER</extracomment>
        <translation>Other ethnic group</translation>
    </message>
    <message>
        <source>使用中</source>
        <extracomment>db.enums.FacilityStatus.IN_USE</extracomment>
        <translation>In use</translation>
    </message>
    <message>
        <source>停用</source>
        <extracomment>db.enums.FacilityStatus.SUSPENDED</extracomment>
        <translation>Out of use</translation>
    </message>
    <message>
        <source>在建</source>
        <extracomment>db.enums.FacilityStatus.UNDER_CONSTRUCTION</extracomment>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>卫生服务室</source>
        <extracomment>db.enums.FacilityType.CLINIC</extracomment>
        <translation>Health service room</translation>
    </message>
    <message>
        <source>其他服务用房</source>
        <extracomment>db.enums.FacilityType.OTHER_SERVICE</extracomment>
        <translation>Other service rooms</translation>
    </message>
    <message>
        <source>党员活动室</source>
        <extracomment>db.enums.FacilityType.PARTY_ROOM</extracomment>
        <translation>Party members&apos; activity room</translation>
    </message>
    <message>
        <source>警务室</source>
        <extracomment>db.enums.FacilityType.POLICE_ROOM</extracomment>
        <translation>Police room</translation>
    </message>
    <message>
        <source>社区服务中心</source>
        <extracomment>db.enums.FacilityType.SERVICE_CENTER</extracomment>
        <translation>Community service centre</translation>
    </message>
    <message>
        <source>文体活动室</source>
        <extracomment>db.enums.FacilityType.SPORTS_ROOM</extracomment>
        <translation>Culture and sports room</translation>
    </message>
    <message>
        <source>活动经费</source>
        <extracomment>db.enums.FundingPurpose.ACTIVITY</extracomment>
        <translation>Activity expenses</translation>
    </message>
    <message>
        <source>场所建设</source>
        <extracomment>db.enums.FundingPurpose.CONSTRUCTION</extracomment>
        <translation>Facility construction</translation>
    </message>
    <message>
        <source>办公经费</source>
        <extracomment>db.enums.FundingPurpose.OFFICE</extracomment>
        <translation>Office expenses</translation>
    </message>
    <message>
        <source>人员报酬</source>
        <extracomment>db.enums.FundingPurpose.PAY</extracomment>
        <translation>Staff pay</translation>
    </message>
    <message>
        <source>财政保障</source>
        <extracomment>db.enums.FundingSource.FISCAL</extracomment>
        <translation>Government funding</translation>
    </message>
    <message>
        <source>社会筹集</source>
        <extracomment>db.enums.FundingSource.FUNDRAISING</extracomment>
        <translation>Raised from society</translation>
    </message>
    <message>
        <source>上级争取</source>
        <extracomment>db.enums.FundingSource.HIGHER_LEVEL</extracomment>
        <translation>From higher authorities</translation>
    </message>
    <message>
        <source>自主创收</source>
        <extracomment>db.enums.FundingSource.OWN_INCOME</extracomment>
        <translation>Own income</translation>
    </message>
    <message>
        <source>有偿服务</source>
        <extracomment>db.enums.FundingSource.PAID_SERVICES</extracomment>
        <translation>Paid services</translation>
    </message>
    <message>
        <source>结对帮扶</source>
        <extracomment>db.compliance, db.enums.FundingSource.PAIRED_UNIT, db.kinds pairings, db.validation field pairing_id</extracomment>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>党费支持</source>
        <extracomment>db.enums.FundingSource.PARTY_DUES</extracomment>
        <translation>Party dues support</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>db.enums.Gender.FEMALE</extracomment>
        <translation>Female</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>db.enums.Gender.MALE</extracomment>
        <translation>Male</translation>
    </message>
    <message>
        <source>生活帮扶</source>
        <extracomment>db.enums.HelpKind.DAILY_LIFE</extracomment>
        <translation>Daily-life support</translation>
    </message>
    <message>
        <source>助学帮扶</source>
        <extracomment>db.enums.HelpKind.EDUCATION</extracomment>
        <translation>Education support</translation>
    </message>
    <message>
        <source>就业帮扶</source>
        <extracomment>db.enums.HelpKind.EMPLOYMENT</extracomment>
        <translation>Employment support</translation>
    </message>
    <message>
        <source>法律援助</source>
        <extracomment>db.enums.HelpKind.LEGAL</extracomment>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>医疗帮扶</source>
        <extracomment>db.enums.HelpKind.MEDICAL</extracomment>
        <translation>Medical support</translation>
    </message>
    <message>
        <source>心理疏导</source>
        <extracomment>db.enums.HelpKind.PSYCHOLOGICAL</extracomment>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>共建单位</source>
        <extracomment>db.enums.HelperKind.PARTNER_UNIT, db.kinds partner_units, db.validation field unit_id</extracomment>
        <translation>Partner units</translation>
    </message>
    <message>
        <source>党员</source>
        <extracomment>db.enums.HelperKind.PARTY_MEMBER, db.kinds party_members, db.validation field member_id</extracomment>
        <translation>Party members</translation>
    </message>
    <message>
        <source>志愿者</source>
        <extracomment>db.enums.HelperKind.VOLUNTEER, db.kinds volunteers, db.validation field volunteer_id</extracomment>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>在职党员</source>
        <extracomment>db.enums.MemberCategory.EMPLOYED</extracomment>
        <translation>Employed member</translation>
    </message>
    <message>
        <source>流动党员</source>
        <extracomment>db.enums.MemberCategory.MOBILE</extracomment>
        <translation>Mobile member</translation>
    </message>
    <message>
        <source>离退休党员</source>
        <extracomment>db.enums.MemberCategory.RETIRED</extracomment>
        <translation>Retired member</translation>
    </message>
    <message>
        <source>无职党员</source>
        <extracomment>db.enums.MemberCategory.WITHOUT_POST</extracomment>
        <translation>Member without a post</translation>
    </message>
    <message>
        <source>便民利民</source>
        <extracomment>db.enums.MemberPost.CONVENIENCE</extracomment>
        <translation>Everyday help for residents</translation>
    </message>
    <message>
        <source>民事调解</source>
        <extracomment>db.enums.MemberPost.MEDIATION</extracomment>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <source>政策宣传</source>
        <extracomment>db.enums.MemberPost.POLICY_PUBLICITY</extracomment>
        <translation>Policy publicity</translation>
    </message>
    <message>
        <source>扶贫帮困</source>
        <extracomment>db.enums.MemberPost.POVERTY_RELIEF</extracomment>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>环境卫生</source>
        <extracomment>db.enums.MemberPost.SANITATION</extracomment>
        <translation>Environmental sanitation</translation>
    </message>
    <message>
        <source>治安维护</source>
        <extracomment>db.enums.MemberPost.SECURITY</extracomment>
        <translation>Public order</translation>
    </message>
    <message>
        <source>正式党员</source>
        <extracomment>db.enums.MembershipStatus.FULL</extracomment>
        <translation>Full member</translation>
    </message>
    <message>
        <source>预备党员</source>
        <extracomment>db.enums.MembershipStatus.PROBATIONARY</extracomment>
        <translation>Probationary member</translation>
    </message>
    <message>
        <source>文化设施</source>
        <extracomment>db.enums.OpenedFacility.CULTURE</extracomment>
        <translation>Cultural facilities</translation>
    </message>
    <message>
        <source>教育设施</source>
        <extracomment>db.enums.OpenedFacility.EDUCATION</extracomment>
        <translation>Education facilities</translation>
    </message>
    <message>
        <source>体育设施</source>
        <extracomment>db.enums.OpenedFacility.SPORTS</extracomment>
        <translation>Sports facilities</translation>
    </message>
    <message>
        <source>管理员</source>
        <extracomment>db.enums.OperatorRole.ADMIN</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>填表人</source>
        <extracomment>db.enums.OperatorRole.FILLER</extracomment>
        <translation>Form filler</translation>
    </message>
    <message>
        <source>负责人</source>
        <extracomment>db.enums.OperatorRole.HEAD</extracomment>
        <translation>Head</translation>
    </message>
    <message>
        <source>进行中</source>
        <extracomment>db.enums.PairingStatus.ACTIVE</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <extracomment>db.enums.PairingStatus.COMPLETED</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已中止</source>
        <extracomment>db.enums.PairingStatus.SUSPENDED</extracomment>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>企业</source>
        <extracomment>db.enums.PartnerKind.ENTERPRISE</extracomment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>机关</source>
        <extracomment>db.enums.PartnerKind.GOVERNMENT</extracomment>
        <translation>Government body</translation>
    </message>
    <message>
        <source>医院</source>
        <extracomment>db.enums.PartnerKind.HOSPITAL</extracomment>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>学校</source>
        <extracomment>db.enums.PartnerKind.SCHOOL</extracomment>
        <translation>School</translation>
    </message>
    <message>
        <source>社会组织</source>
        <extracomment>db.enums.PartnerKind.SOCIAL_ORG</extracomment>
        <translation>Social organization</translation>
    </message>
    <message>
        <source>党支部</source>
        <extracomment>db.enums.PartyOrgType.BRANCH</extracomment>
        <translation>Party branch</translation>
    </message>
    <message>
        <source>党委</source>
        <extracomment>db.enums.PartyOrgType.COMMITTEE</extracomment>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>党总支</source>
        <extracomment>db.enums.PartyOrgType.GENERAL_BRANCH</extracomment>
        <translation>General Party branch</translation>
    </message>
    <message>
        <source>联合党委</source>
        <extracomment>db.enums.PartyOrgType.JOINT_COMMITTEE</extracomment>
        <translation>Joint Party committee</translation>
    </message>
    <message>
        <source>元/月</source>
        <extracomment>db.enums.PayPeriod.MONTH</extracomment>
        <translation>yuan/month</translation>
    </message>
    <message>
        <source>元/年</source>
        <extracomment>db.enums.PayPeriod.YEAR</extracomment>
        <translation>yuan/year</translation>
    </message>
    <message>
        <source>共青团员</source>
        <extracomment>db.enums.PoliticalStatus.LEAGUE_MEMBER</extracomment>
        <translation>CYL member</translation>
    </message>
    <message>
        <source>群众</source>
        <extracomment>db.enums.PoliticalStatus.MASSES</extracomment>
        <translation>Non-party</translation>
    </message>
    <message>
        <source>民主党派</source>
        <extracomment>db.enums.PoliticalStatus.OTHER_PARTY</extracomment>
        <translation>Democratic party member</translation>
    </message>
    <message>
        <source>中共党员</source>
        <extracomment>db.enums.PoliticalStatus.PARTY_MEMBER</extracomment>
        <translation>CPC member</translation>
    </message>
    <message>
        <source>中共预备党员</source>
        <extracomment>db.enums.PoliticalStatus.PROBATIONARY</extracomment>
        <translation>CPC probationary member</translation>
    </message>
    <message>
        <source>残疾人</source>
        <extracomment>db.enums.ResidentCategory.DISABLED</extracomment>
        <translation>Person with disability</translation>
    </message>
    <message>
        <source>空巢/独居老人</source>
        <extracomment>db.enums.ResidentCategory.ELDERLY_ALONE</extracomment>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <source>特困人员</source>
        <extracomment>db.enums.ResidentCategory.EXTREME_POVERTY</extracomment>
        <translation>Person in extreme poverty</translation>
    </message>
    <message>
        <source>留守儿童</source>
        <extracomment>db.enums.ResidentCategory.LEFT_BEHIND_CHILD</extracomment>
        <translation>Left-behind child</translation>
    </message>
    <message>
        <source>低保户</source>
        <extracomment>db.enums.ResidentCategory.LOW_INCOME</extracomment>
        <translation>Minimum-income household</translation>
    </message>
    <message>
        <source>重病患者</source>
        <extracomment>db.enums.ResidentCategory.SERIOUSLY_ILL</extracomment>
        <translation>Seriously ill</translation>
    </message>
    <message>
        <source>下岗失业人员</source>
        <extracomment>db.enums.ResidentCategory.UNEMPLOYED</extracomment>
        <translation>Laid-off or unemployed</translation>
    </message>
    <message>
        <source>生活照料</source>
        <extracomment>db.enums.ResidentNeed.DAILY_CARE</extracomment>
        <translation>Daily care</translation>
    </message>
    <message>
        <source>就业</source>
        <extracomment>db.enums.ResidentNeed.EMPLOYMENT</extracomment>
        <translation>Employment</translation>
    </message>
    <message>
        <source>法律</source>
        <extracomment>db.enums.ResidentNeed.LEGAL</extracomment>
        <translation>Legal</translation>
    </message>
    <message>
        <source>医疗</source>
        <extracomment>db.enums.ResidentNeed.MEDICAL</extracomment>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>心理</source>
        <extracomment>db.enums.ResidentNeed.PSYCHOLOGICAL</extracomment>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>帮扶中</source>
        <extracomment>db.enums.ResidentStatus.ACTIVE</extracomment>
        <translation>Receiving support</translation>
    </message>
    <message>
        <source>已故</source>
        <extracomment>db.enums.ResidentStatus.DECEASED</extracomment>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>已结束帮扶</source>
        <extracomment>db.enums.ResidentStatus.ENDED</extracomment>
        <translation>Support ended</translation>
    </message>
    <message>
        <source>已迁出</source>
        <extracomment>db.enums.ResidentStatus.MOVED_AWAY</extracomment>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>草稿</source>
        <extracomment>db.enums.ReturnState.DRAFT</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已接收</source>
        <extracomment>db.enums.ReturnState.RECEIVED</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>退回</source>
        <extracomment>db.enums.ReturnState.RETURNED</extracomment>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>已报送</source>
        <extracomment>db.enums.ReturnState.SENT</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已签署</source>
        <extracomment>db.enums.ReturnState.SIGNED</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>选派大学生“居官”</source>
        <extracomment>db.enums.SelectionMethod.COLLEGE_GRADUATE</extracomment>
        <translation>Assigned graduate community officer</translation>
    </message>
    <message>
        <source>竞争上岗</source>
        <extracomment>db.enums.SelectionMethod.COMPETITION</extracomment>
        <translation>Competitive selection</translation>
    </message>
    <message>
        <source>民主选举</source>
        <extracomment>db.enums.SelectionMethod.DEMOCRATIC_ELECTION</extracomment>
        <translation>Democratic election</translation>
    </message>
    <message>
        <source>公开招聘</source>
        <extracomment>db.enums.SelectionMethod.OPEN_RECRUITMENT</extracomment>
        <translation>Open recruitment</translation>
    </message>
    <message>
        <source>公推直选</source>
        <extracomment>db.enums.SelectionMethod.PUBLIC_NOMINATION</extracomment>
        <translation>Public nomination, direct election</translation>
    </message>
    <message>
        <source>两推一选</source>
        <extracomment>db.enums.SelectionMethod.TWO_NOMINATIONS</extracomment>
        <translation>Two nominations, one election</translation>
    </message>
    <message>
        <source>预约服务</source>
        <extracomment>db.enums.ServiceForm.APPOINTMENT</extracomment>
        <translation>Service by appointment</translation>
    </message>
    <message>
        <source>上门服务</source>
        <extracomment>db.enums.ServiceForm.HOME_VISIT</extracomment>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>便民服务卡</source>
        <extracomment>db.enums.ServiceForm.SERVICE_CARD</extracomment>
        <translation>Service contact card</translation>
    </message>
    <message>
        <source>错时服务</source>
        <extracomment>db.enums.ServiceForm.STAGGERED_HOURS</extracomment>
        <translation>Off-peak hours service</translation>
    </message>
    <message>
        <source>大学生“居官”</source>
        <extracomment>db.enums.StaffPosition.COLLEGE_GRADUATE</extracomment>
        <translation>Graduate community officer</translation>
    </message>
    <message>
        <source>委员</source>
        <extracomment>db.enums.StaffPosition.COMMITTEE_MEMBER</extracomment>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>居委会副主任</source>
        <extracomment>db.enums.StaffPosition.DEPUTY_DIRECTOR</extracomment>
        <translation>Residents&apos; committee deputy director</translation>
    </message>
    <message>
        <source>党组织副书记</source>
        <extracomment>db.enums.StaffPosition.DEPUTY_SECRETARY</extracomment>
        <translation>Party organization deputy secretary</translation>
    </message>
    <message>
        <source>居委会主任</source>
        <extracomment>db.enums.StaffPosition.DIRECTOR</extracomment>
        <translation>Residents&apos; committee director</translation>
    </message>
    <message>
        <source>专职社区工作者</source>
        <extracomment>db.enums.StaffPosition.FULL_TIME</extracomment>
        <translation>Full-time community worker</translation>
    </message>
    <message>
        <source>网格员</source>
        <extracomment>db.enums.StaffPosition.GRID_WORKER</extracomment>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>党组织书记</source>
        <extracomment>db.compliance, db.enums.StaffPosition.SECRETARY</extracomment>
        <translation>Party organization secretary</translation>
    </message>
    <message>
        <source>资金</source>
        <extracomment>db.enums.SupportKind.FUNDS</extracomment>
        <translation>Funds</translation>
    </message>
    <message>
        <source>信息</source>
        <extracomment>db.enums.SupportKind.INFORMATION</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>物资</source>
        <extracomment>db.enums.SupportKind.MATERIALS</extracomment>
        <translation>Materials</translation>
    </message>
    <message>
        <source>政策</source>
        <extracomment>db.enums.SupportKind.POLICY</extracomment>
        <translation>Policy</translation>
    </message>
    <message>
        <source>技术</source>
        <extracomment>db.enums.SupportKind.TECHNOLOGY</extracomment>
        <translation>Technology</translation>
    </message>
    <message>
        <source>阵地</source>
        <extracomment>db.enums.SupportKind.VENUE</extracomment>
        <translation>Venue</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <extracomment>db.compliance, db.enums.WorkerType.COMMUNITY, db.kinds staff</extracomment>
        <translation>Community workers</translation>
    </message>
    <message>
        <source>街道(镇)工作者</source>
        <extracomment>db.enums.WorkerType.STREET</extracomment>
        <translation>Sub-district (town) worker</translation>
    </message>
    <message>
        <source>人</source>
        <extracomment>db.compliance, db.forms activities.member_participants unit, db.forms activities.participants unit</extracomment>
        <translation>people</translation>
    </message>
    <message>
        <source>如 培训后 5 人实现再就业</source>
        <extracomment>db.forms activities.outcome hint</extracomment>
        <translation>e.g. 5 people found work after the training</translation>
    </message>
    <message>
        <source>平方米</source>
        <extracomment>db.compliance, db.forms facilities.area_m2 unit</extracomment>
        <translation>m²</translation>
    </message>
    <message>
        <source>信息化</source>
        <extracomment>db.forms facilities.computers section</extracomment>
        <translation>IT equipment</translation>
    </message>
    <message>
        <source>台</source>
        <extracomment>db.forms facilities.computers unit</extracomment>
        <translation>units</translation>
    </message>
    <message>
        <source>建设资金（“四个一点”）</source>
        <extracomment>db.forms facilities.fund_higher_fen section</extracomment>
        <translation>Construction funds (“four sources”)</translation>
    </message>
    <message>
        <source>如 周一至周五 8:30-17:30</source>
        <extracomment>db.forms facilities.opening_hours hint</extracomment>
        <translation>e.g. Mon–Fri 8:30–17:30</translation>
    </message>
    <message>
        <source>党员信息</source>
        <extracomment>db.forms party_members.joined_on section</extracomment>
        <translation>Party membership</translation>
    </message>
    <message>
        <source>个人信息</source>
        <extracomment>db.forms party_members.name section, db.forms staff.name section</extracomment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>待遇</source>
        <extracomment>db.forms staff.pay_fen section</extracomment>
        <translation>Pay and benefits</translation>
    </message>
    <message>
        <source>任职</source>
        <extracomment>db.forms staff.position section</extracomment>
        <translation>Post</translation>
    </message>
    <message>
        <source>小时</source>
        <extracomment>db.forms visits.hours unit</extracomment>
        <translation>hours</translation>
    </message>
    <message>
        <source>活动</source>
        <extracomment>db.kinds activities, db.validation field activity_id</extracomment>
        <translation>Activities</translation>
    </message>
    <message>
        <source>活动共建单位</source>
        <extracomment>db.kinds activity_partners</extracomment>
        <translation>Activity partner units</translation>
    </message>
    <message>
        <source>共建单位贡献</source>
        <extracomment>db.kinds contributions</extracomment>
        <translation>Partner unit contributions</translation>
    </message>
    <message>
        <source>场所设施</source>
        <extracomment>db.kinds facilities</extracomment>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>经费</source>
        <extracomment>db.kinds funding</extracomment>
        <translation>Funding</translation>
    </message>
    <message>
        <source>认领岗位</source>
        <extracomment>db.kinds member_posts, db.validation field post</extracomment>
        <translation>Claimed posts</translation>
    </message>
    <message>
        <source>党组织</source>
        <extracomment>db.compliance, db.kinds party_orgs</extracomment>
        <translation>Party organizations</translation>
    </message>
    <message>
        <source>“一个中心、三个室”</source>
        <extracomment>db.compliance</extracomment>
        <translation>“One centre, three rooms”</translation>
    </message>
    <message>
        <source>一化服务</source>
        <extracomment>db.compliance</extracomment>
        <translation>Regular service</translation>
    </message>
    <message>
        <source>个</source>
        <extracomment>db.compliance</extracomment>
        <translation>in all</translation>
    </message>
    <message>
        <source>人均运营经费</source>
        <extracomment>db.compliance</extracomment>
        <translation>Operating funds per worker</translation>
    </message>
    <message>
        <source>元/人·年</source>
        <extracomment>db.compliance</extracomment>
        <translation>¥/worker/yr</translation>
    </message>
    <message>
        <source>党员认领岗位</source>
        <extracomment>db.compliance</extracomment>
        <translation>Members with claimed posts</translation>
    </message>
    <message>
        <source>对</source>
        <extracomment>db.compliance</extracomment>
        <translation>pairs</translation>
    </message>
    <message>
        <source>帮扶走访</source>
        <extracomment>db.compliance</extracomment>
        <translation>Visits</translation>
    </message>
    <message>
        <source>开展活动</source>
        <extracomment>db.compliance</extracomment>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>有人管事</source>
        <extracomment>db.compliance</extracomment>
        <translation>People to run affairs</translation>
    </message>
    <message>
        <source>有场所议事</source>
        <extracomment>db.compliance</extracomment>
        <translation>A place to meet</translation>
    </message>
    <message>
        <source>有钱办事</source>
        <extracomment>db.compliance</extracomment>
        <translation>Money to do things</translation>
    </message>
    <message>
        <source>次</source>
        <extracomment>db.compliance</extracomment>
        <translation>times</translation>
    </message>
    <message>
        <source>结对共建单位</source>
        <extracomment>db.compliance</extracomment>
        <translation>Partner units</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <extracomment>db.kinds residents, db.validation field resident_id</extracomment>
        <translation>Residents in need</translation>
    </message>
    <message>
        <source>帮扶记录</source>
        <extracomment>db.kinds visits</extracomment>
        <translation>Support visits</translation>
    </message>
    <message>
        <source>取得方式</source>
        <extracomment>db.validation field acquisition</extracomment>
        <translation>How acquired</translation>
    </message>
    <message>
        <source>启用</source>
        <extracomment>db.validation field active</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>活动内容</source>
        <extracomment>db.validation field activities.description</extracomment>
        <translation>Activity description</translation>
    </message>
    <message>
        <source>活动名称</source>
        <extracomment>db.validation field activities.title</extracomment>
        <translation>Activity name</translation>
    </message>
    <message>
        <source>活动类型</source>
        <extracomment>db.validation field activity_kind</extracomment>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>住址</source>
        <extracomment>db.validation field address</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>共建协议日期</source>
        <extracomment>db.validation field agreement_date</extracomment>
        <translation>Partnership agreement date</translation>
    </message>
    <message>
        <source>金额</source>
        <extracomment>db.validation field amount_fen</extracomment>
        <translation>Amount</translation>
    </message>
    <message>
        <source>面积计入</source>
        <extracomment>db.validation field area_class</extracomment>
        <translation>Area counts as</translation>
    </message>
    <message>
        <source>辖区面积</source>
        <extracomment>db.validation field area_km2</extracomment>
        <translation>Area of jurisdiction</translation>
    </message>
    <message>
        <source>面积</source>
        <extracomment>db.validation field area_m2</extracomment>
        <translation>Area</translation>
    </message>
    <message>
        <source>评比类型</source>
        <extracomment>db.validation field award_kind</extracomment>
        <translation>Award type</translation>
    </message>
    <message>
        <source>获奖者</source>
        <extracomment>db.validation field awardee</extracomment>
        <translation>Awardee</translation>
    </message>
    <message>
        <source>荣誉名称</source>
        <extracomment>db.validation field awards.title</extracomment>
        <translation>Honour</translation>
    </message>
    <message>
        <source>出生日期</source>
        <extracomment>db.validation field birth_date</extracomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>支部类型</source>
        <extracomment>db.validation field branch_kind</extracomment>
        <translation>Branch type</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>db.validation field category</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>市</source>
        <extracomment>db.validation field city</extracomment>
        <translation>City</translation>
    </message>
    <message>
        <source>认领日期</source>
        <extracomment>db.validation field claimed_on</extracomment>
        <translation>Date claimed</translation>
    </message>
    <message>
        <source>统计用区划代码</source>
        <extracomment>db.validation field code</extracomment>
        <translation>Statistical division code</translation>
    </message>
    <message>
        <source>电脑台数</source>
        <extracomment>db.validation field computers</extracomment>
        <translation>Computers</translation>
    </message>
    <message>
        <source>联系人</source>
        <extracomment>db.validation field contact_person</extracomment>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>帮扶内容</source>
        <extracomment>db.validation field content</extracomment>
        <translation>Support given</translation>
    </message>
    <message>
        <source>贡献内容</source>
        <extracomment>db.validation field contributions.description</extracomment>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>贡献日期</source>
        <extracomment>db.validation field contributions.given_on</extracomment>
        <translation>Contribution date</translation>
    </message>
    <message>
        <source>内容</source>
        <extracomment>db.validation field description</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <source>旗县区</source>
        <extracomment>db.validation field district</extracomment>
        <translation>District / banner / county</translation>
    </message>
    <message>
        <source>学历</source>
        <extracomment>db.validation field education</extracomment>
        <translation>Education</translation>
    </message>
    <message>
        <source>生效日期</source>
        <extracomment>db.validation field effective_from</extracomment>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>失效日期</source>
        <extracomment>db.validation field effective_to</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>结束日期</source>
        <extracomment>db.validation field end_date, db.validation field ended_on</extracomment>
        <translation>End date</translation>
    </message>
    <message>
        <source>民族</source>
        <extracomment>db.validation field ethnicity</extracomment>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>场所名称</source>
        <extracomment>db.validation field facilities.name</extracomment>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>场所类型</source>
        <extracomment>db.validation field facility_type</extracomment>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>预算年度</source>
        <extracomment>db.validation field fiscal_year</extracomment>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>成立日期</source>
        <extracomment>db.validation field founded_on</extracomment>
        <translation>Date founded</translation>
    </message>
    <message>
        <source>上级争取资金</source>
        <extracomment>db.validation field fund_higher_fen</extracomment>
        <translation>Funds from higher authorities</translation>
    </message>
    <message>
        <source>地方财政投入资金</source>
        <extracomment>db.validation field fund_local_fen</extracomment>
        <translation>Local government funds</translation>
    </message>
    <message>
        <source>结对部门帮扶资金</source>
        <extracomment>db.validation field fund_paired_fen</extracomment>
        <translation>Funds from paired departments</translation>
    </message>
    <message>
        <source>街道(镇)自筹资金</source>
        <extracomment>db.validation field fund_street_fen</extracomment>
        <translation>Sub-district (town) own funds</translation>
    </message>
    <message>
        <source>性别</source>
        <extracomment>db.validation field gender</extracomment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>日期</source>
        <extracomment>db.validation field given_on</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>显示屏</source>
        <extracomment>db.validation field has_display</extracomment>
        <translation>Display screen</translation>
    </message>
    <message>
        <source>联网</source>
        <extracomment>db.validation field has_network</extracomment>
        <translation>Networked</translation>
    </message>
    <message>
        <source>有无党组织</source>
        <extracomment>db.validation field has_party_org</extracomment>
        <translation>Has a Party organization</translation>
    </message>
    <message>
        <source>活动日期</source>
        <extracomment>db.validation field held_on</extracomment>
        <translation>Activity date</translation>
    </message>
    <message>
        <source>帮扶类型</source>
        <extracomment>db.validation field help_kind</extracomment>
        <translation>Type of support</translation>
    </message>
    <message>
        <source>帮扶人类别</source>
        <extracomment>db.validation field helper_kind</extracomment>
        <translation>Helper type</translation>
    </message>
    <message>
        <source>时长(小时)</source>
        <extracomment>db.validation field hours</extracomment>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>户数</source>
        <extracomment>db.validation field households</extracomment>
        <translation>Households</translation>
    </message>
    <message>
        <source>编号</source>
        <extracomment>db.validation field id</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>身份证号</source>
        <extracomment>db.validation field id_number</extracomment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>启用日期</source>
        <extracomment>db.validation field in_use_since</extracomment>
        <translation>Date in use</translation>
    </message>
    <message>
        <source>入党日期</source>
        <extracomment>db.validation field joined_on</extracomment>
        <translation>Date joined the Party</translation>
    </message>
    <message>
        <source>标准项目</source>
        <extracomment>db.validation field key</extracomment>
        <translation>Standard item</translation>
    </message>
    <message>
        <source>级别</source>
        <extracomment>db.validation field level</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>医疗保险</source>
        <extracomment>db.validation field medical_insurance</extracomment>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>参加党员人数</source>
        <extracomment>db.validation field member_participants</extracomment>
        <translation>Party members taking part</translation>
    </message>
    <message>
        <source>岗位结束日期</source>
        <extracomment>db.validation field member_posts.ended_on</extracomment>
        <translation>Post end date</translation>
    </message>
    <message>
        <source>党员状态</source>
        <extracomment>db.validation field membership</extracomment>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>db.validation field name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>帮扶需求</source>
        <extracomment>db.validation field needs</extracomment>
        <translation>Needs</translation>
    </message>
    <message>
        <source>备注</source>
        <extracomment>db.validation field note</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>db.validation field office.name</extracomment>
        <translation>Community name</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>db.validation field office.phone, db.validation field phone</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>社区代码</source>
        <extracomment>db.validation field office_code</extracomment>
        <translation>Community code</translation>
    </message>
    <message>
        <source>向居民开放的设施</source>
        <extracomment>db.validation field opened_facilities</extracomment>
        <translation>Facilities open to residents</translation>
    </message>
    <message>
        <source>开放时间</source>
        <extracomment>db.validation field opening_hours</extracomment>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>所在党组织</source>
        <extracomment>db.validation field org_id</extracomment>
        <translation>Party organization</translation>
    </message>
    <message>
        <source>组织类型</source>
        <extracomment>db.validation field org_type</extracomment>
        <translation>Organization type</translation>
    </message>
    <message>
        <source>活动成效</source>
        <extracomment>db.validation field outcome</extracomment>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>结对结束日期</source>
        <extracomment>db.validation field pairings.end_date</extracomment>
        <translation>Pairing end date</translation>
    </message>
    <message>
        <source>结对开始日期</source>
        <extracomment>db.validation field pairings.start_date</extracomment>
        <translation>Pairing start date</translation>
    </message>
    <message>
        <source>结对状态</source>
        <extracomment>db.validation field pairings.status</extracomment>
        <translation>Pairing status</translation>
    </message>
    <message>
        <source>上级党组织</source>
        <extracomment>db.validation field parent_id</extracomment>
        <translation>Parent Party organization</translation>
    </message>
    <message>
        <source>参加人数</source>
        <extracomment>db.validation field participants</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>单位名称</source>
        <extracomment>db.validation field partner_units.name</extracomment>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>党员类别</source>
        <extracomment>db.validation field party_members.category</extracomment>
        <translation>Member category</translation>
    </message>
    <message>
        <source>党组织类型</source>
        <extracomment>db.validation field party_org_type</extracomment>
        <translation>Party organization type</translation>
    </message>
    <message>
        <source>党组织名称</source>
        <extracomment>db.validation field party_orgs.name</extracomment>
        <translation>Party organization name</translation>
    </message>
    <message>
        <source>密码</source>
        <extracomment>db.validation field password_hash</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>报酬</source>
        <extracomment>db.validation field pay_fen</extracomment>
        <translation>Pay</translation>
    </message>
    <message>
        <source>报酬计算方式</source>
        <extracomment>db.validation field pay_period</extracomment>
        <translation>Pay period</translation>
    </message>
    <message>
        <source>养老保险</source>
        <extracomment>db.validation field pension_insurance</extracomment>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <extracomment>db.validation field political_status</extracomment>
        <translation>Political status</translation>
    </message>
    <message>
        <source>职务</source>
        <extracomment>db.validation field position</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>用途</source>
        <extracomment>db.validation field purpose</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>到账日期</source>
        <extracomment>db.validation field received_on</extracomment>
        <translation>Date received</translation>
    </message>
    <message>
        <source>到社区报到日期</source>
        <extracomment>db.validation field registered_on</extracomment>
        <translation>Date registered with the community</translation>
    </message>
    <message>
        <source>常住人口</source>
        <extracomment>db.validation field residents</extracomment>
        <translation>Resident population</translation>
    </message>
    <message>
        <source>帮扶对象类别</source>
        <extracomment>db.validation field residents.category</extracomment>
        <translation>Resident category</translation>
    </message>
    <message>
        <source>帮扶状态</source>
        <extracomment>db.validation field residents.status</extracomment>
        <translation>Support status</translation>
    </message>
    <message>
        <source>帮扶效果</source>
        <extracomment>db.validation field result</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>角色</source>
        <extracomment>db.validation field role</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>书记</source>
        <extracomment>db.validation field secretary</extracomment>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>书记主任“一肩挑”</source>
        <extracomment>db.validation field secretary_director_one</extracomment>
        <translation>Secretary also committee director</translation>
    </message>
    <message>
        <source>选任方式</source>
        <extracomment>db.validation field selection_method</extracomment>
        <translation>How selected</translation>
    </message>
    <message>
        <source>服务形式</source>
        <extracomment>db.validation field service_form</extracomment>
        <translation>Service forms</translation>
    </message>
    <message>
        <source>特长</source>
        <extracomment>db.validation field skills</extracomment>
        <translation>Skills</translation>
    </message>
    <message>
        <source>经费来源</source>
        <extracomment>db.validation field source</extracomment>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>依据原文</source>
        <extracomment>db.validation field source_text</extracomment>
        <translation>Source text</translation>
    </message>
    <message>
        <source>离任日期</source>
        <extracomment>db.validation field staff.end_date</extracomment>
        <translation>End date in post</translation>
    </message>
    <message>
        <source>任职日期</source>
        <extracomment>db.validation field staff.start_date</extracomment>
        <translation>Start date in post</translation>
    </message>
    <message>
        <source>标准名称</source>
        <extracomment>db.validation field standards.title</extracomment>
        <translation>Standard name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <extracomment>db.validation field start_date</extracomment>
        <translation>Start date</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>db.validation field status</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>街道(镇)</source>
        <extracomment>db.validation field street</extracomment>
        <translation>Sub-district (town)</translation>
    </message>
    <message>
        <source>支持内容</source>
        <extracomment>db.validation field support_kinds</extracomment>
        <translation>Support provided</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <extracomment>db.validation field team</extracomment>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>名称</source>
        <extracomment>db.validation field title</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>活动主题</source>
        <extracomment>db.validation field topic</extracomment>
        <translation>Activity topic</translation>
    </message>
    <message>
        <source>单位</source>
        <extracomment>db.validation field unit</extracomment>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单位类型</source>
        <extracomment>db.validation field unit_kind</extracomment>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>标准值</source>
        <extracomment>db.validation field value</extracomment>
        <translation>Standard value</translation>
    </message>
    <message>
        <source>价值</source>
        <extracomment>db.validation field value_fen</extracomment>
        <translation>Value</translation>
    </message>
    <message>
        <source>活动场所</source>
        <extracomment>db.validation field venue_id</extracomment>
        <translation>Venue</translation>
    </message>
    <message>
        <source>帮扶日期</source>
        <extracomment>db.validation field visited_on</extracomment>
        <translation>Support date</translation>
    </message>
    <message>
        <source>加入日期</source>
        <extracomment>db.validation field volunteers.joined_on</extracomment>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>关联党员</source>
        <extracomment>db.validation field volunteers.member_id</extracomment>
        <translation>Linked Party member</translation>
    </message>
    <message>
        <source>工作单位</source>
        <extracomment>db.validation field work_unit</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <source>人员类别</source>
        <extracomment>db.validation field worker_type</extracomment>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>年度</source>
        <extracomment>db.validation field year</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>社区基本情况</source>
        <extracomment>db.validation kind office</extracomment>
        <translation>Community profile</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>db.validation kind operators</extracomment>
        <translation>Operators</translation>
    </message>
    <message>
        <source>城市标准</source>
        <extracomment>db.validation kind standards</extracomment>
        <translation>City standards</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <source>从</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>显示全部记录（搜索框不变）</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>Show all records again (the search stays)</translation>
    </message>
    <message>
        <source>{0}：</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>不限</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>Any</translation>
    </message>
    <message>
        <source>点右边的箭头从日历中选，或直接输入；按 Delete 键改为不限</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>Pick from the calendar with the arrow on the right, or type the date; Delete makes it Any</translation>
    </message>
    <message>
        <source>全部</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>{0}年</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>{0}</translation>
    </message>
    <message>
        <source>今年</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>This year</translation>
    </message>
    <message>
        <source>去年</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本季度</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>自定义…</source>
        <extracomment>desktop/list_filters.py</extracomment>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>共 {0} 条</source>
        <extracomment>desktop/list_page.py</extracomment>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>搜索</source>
        <extracomment>desktop/list_page.py</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>新增</source>
        <extracomment>desktop/list_page.py</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>新增一条记录（Ctrl+N）</source>
        <extracomment>desktop/list_page.py</extracomment>
        <translation>Add a record (Ctrl+N)</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/list_page.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除选中的记录（Delete，可撤销）</source>
        <extracomment>desktop/list_page.py</extracomment>
        <translation>Delete the selected record (Delete; can be undone)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Community Ledgers</translation>
    </message>
    <message>
        <source>导航</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>尚未建立社区信息</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>No community profile yet</translation>
    </message>
    <message>
        <source>社区：{0}</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Community: {0}</translation>
    </message>
    <message>
        <source>数据文件夹：{0}</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <source>未设置</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>操作人员：{0}</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>切换操作人员(&amp;O)…</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Switch &amp;operator…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>搜索当前列表</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Search the current list</translation>
    </message>
    <message>
        <source>下一页</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Forward</translation>
    </message>
    <message>
        <source>上一页</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于社区台账</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>About Community Ledgers</translation>
    </message>
    <message>
        <source>首页</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>有人管事</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>People to run affairs</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Community workers</translation>
    </message>
    <message>
        <source>党组织</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Party organizations</translation>
    </message>
    <message>
        <source>党员</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Party members</translation>
    </message>
    <message>
        <source>有钱办事</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Money to do things</translation>
    </message>
    <message>
        <source>经费</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Funding</translation>
    </message>
    <message>
        <source>场所设施</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>有场所议事</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>A place to meet</translation>
    </message>
    <message>
        <source>服务</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Services</translation>
    </message>
    <message>
        <source>活动</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Activities</translation>
    </message>
    <message>
        <source>结对帮扶</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Residents in need</translation>
    </message>
    <message>
        <source>志愿者</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>共建单位</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Partner units</translation>
    </message>
    <message>
        <source>创建评比</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Awards</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>数据交换</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>设置</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>此功能将在后续版本提供。</source>
        <extracomment>desktop/main_window.py</extracomment>
        <translation>This will come in a later version.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>密码</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Enter the password again</translation>
    </message>
    <message>
        <source>再输一次：</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Again:</translation>
    </message>
    <message>
        <source>添加</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <source>添加操作人员</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>姓名：</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Role:</translation>
    </message>
    <message>
        <source>密码（可不设）：</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Password (optional):</translation>
    </message>
    <message>
        <source>设了密码，登录时就要输入；不设则选了名字就能登录。</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>With a password, it must be entered to sign in; without one, choosing the name is enough.</translation>
    </message>
    <message>
        <source>已经有一位叫“{0}”的操作人员。</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>There is already an operator called “{0}”.</translation>
    </message>
    <message>
        <source>两次输入的密码不一样。</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>修改密码：{0}</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Change password: {0}</translation>
    </message>
    <message>
        <source>新密码：</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>New password:</translation>
    </message>
    <message>
        <source>两格都留空，就是不用密码。</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Leave both boxes empty for no password.</translation>
    </message>
    <message>
        <source>更改角色：{0}</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Change role: {0}</translation>
    </message>
    <message>
        <source>角色</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Operators</translation>
    </message>
    <message>
        <source>添加…</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>更改角色…</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>删除…</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>已设</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Set</translation>
    </message>
    <message>
        <source>未设</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>（当前登录）</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>(signed in)</translation>
    </message>
    <message>
        <source>删除的操作人员不能再登录，但以前的修改记录仍保留其姓名。</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>A deleted operator can no longer sign in, but earlier changes keep their name.</translation>
    </message>
    <message>
        <source>只有管理员可以添加、删除操作人员或更改角色。您可以修改自己的密码。</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Only administrators can add or delete operators or change roles. You can change your own password.</translation>
    </message>
    <message>
        <source>删除操作人员</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Delete operator</translation>
    </message>
    <message>
        <source>不能删除</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>删除“{0}”后，{0}不能再登录社区台账。以前的修改记录仍保留{0}的姓名。确定删除吗？</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Once “{0}” is deleted, {0} can no longer sign in to Community Ledgers. Earlier changes keep {0}&apos;s name. Delete?</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/operators_page.py</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>{0}年</source>
        <extracomment>desktop/i18n.py</extracomment>
        <translation>{0}</translation>
    </message>
    <message>
        <source>{0}年上半年</source>
        <extracomment>desktop/i18n.py</extracomment>
        <translation>H1 {0}</translation>
    </message>
    <message>
        <source>{0}年下半年</source>
        <extracomment>desktop/i18n.py</extracomment>
        <translation>H2 {0}</translation>
    </message>
    <message>
        <source>{0}年第{1}季度</source>
        <extracomment>desktop/i18n.py</extracomment>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <source>{0}年{1}月</source>
        <extracomment>desktop/i18n.py</extracomment>
        <translation>{1}/{0}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>确定</source>
        <extracomment>desktop/prompts.py</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/prompts.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>desktop/prompts.py</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>不保存</source>
        <extracomment>desktop/prompts.py</extracomment>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>修改记录</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Change history</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除这条记录（可撤销）</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Delete this record (can be undone)</translation>
    </message>
    <message>
        <source>关闭</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>新增{0}</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>New: {0}</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>（共 {0} 处要改）</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>({0} things to fix)</translation>
    </message>
    <message>
        <source>还不能保存：{0}{1}</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Cannot save yet: {0}{1}</translation>
    </message>
    <message>
        <source>有 {0} 处需要核对；保存时请写明原因。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>{0} items need checking; give a reason when saving.</translation>
    </message>
    <message>
        <source>有未保存的修改。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>没有保存</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>这条记录已被删除，不能再保存修改。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>This record has been deleted; changes can no longer be saved.</translation>
    </message>
    <message>
        <source>没有保存：需要写明原因才能保存。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Not saved: a reason is needed to save.</translation>
    </message>
    <message>
        <source>没有保存：修改已签署报表中的记录，需要写明原因。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Not saved: changing a record in a signed return needs a written reason.</translation>
    </message>
    <message>
        <source>请核对：
{0}

核对无误后，请写明原因（会记入修改记录）：</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Please check:
{0}

If it is correct, give the reason (it goes into the change history):</translation>
    </message>
    <message>
        <source>保存前请写明原因</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Give a reason before saving</translation>
    </message>
    <message>
        <source>{0}

要打开那条记录吗？（这里填写的内容不会保存）</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>{0}

Open that record? (What you entered here will not be saved.)</translation>
    </message>
    <message>
        <source>可能重复录入</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Possibly entered twice</translation>
    </message>
    <message>
        <source>打开那条记录</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Open that record</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>这条{0}有未保存的修改，要保存吗？</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>This {0} has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>先保存这条记录，再添加{0}。</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Save this record first, then add {0}.</translation>
    </message>
    <message>
        <source>添加…</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>打开…</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Open…</translation>
    </message>
    <message>
        <source>基本信息</source>
        <extracomment>desktop/editor.py</extracomment>
        <translation>Basic details</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>18 位，最后一位可以是 X</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>如 13812345678 或 0478-8123456</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>e.g. 13812345678 or 0478-8123456</translation>
    </message>
    <message>
        <source>请选择…</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>（未填）</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>点右边的箭头从日历中选，或直接输入；按 Delete 键清空</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>Click the arrow on the right to pick from a calendar, or type it; Delete clears it</translation>
    </message>
    <message>
        <source>清空日期</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>元</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>yuan</translation>
    </message>
    <message>
        <source>是</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>“{0}”还没有选定，请在下拉列表中选择（输入后按回车可查找）</source>
        <extracomment>desktop/fields.py</extracomment>
        <translation>“{0}” is not chosen yet: pick it from the list (type and press Enter to search)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>没有找到“{0}”</source>
        <extracomment>desktop/pickers.py</extracomment>
        <translation>Nothing found for “{0}”</translation>
    </message>
    <message>
        <source>输入名称查找…</source>
        <extracomment>desktop/pickers.py</extracomment>
        <translation>Type a name to search…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>姓名</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>身份证号</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>民族</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>学历</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Education</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Political status</translation>
    </message>
    <message>
        <source>职务</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>人员类别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>一肩挑</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Dual role</translation>
    </message>
    <message>
        <source>选任方式</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>How selected</translation>
    </message>
    <message>
        <source>任职日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Start date in post</translation>
    </message>
    <message>
        <source>离任日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>End date in post</translation>
    </message>
    <message>
        <source>报酬(元)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Pay (yuan)</translation>
    </message>
    <message>
        <source>报酬周期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Pay period</translation>
    </message>
    <message>
        <source>养老保险</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <source>医疗保险</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>名称</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>功能型类别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Function type</translation>
    </message>
    <message>
        <source>上级党组织</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Parent Party organization</translation>
    </message>
    <message>
        <source>书记</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>成立日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date founded</translation>
    </message>
    <message>
        <source>出生日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>入党日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date joined the Party</translation>
    </message>
    <message>
        <source>党员身份</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Membership</translation>
    </message>
    <message>
        <source>党员类别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Member category</translation>
    </message>
    <message>
        <source>工作单位</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <source>所在党组织</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Party organization</translation>
    </message>
    <message>
        <source>报到日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>住址</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>到账日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date received</translation>
    </message>
    <message>
        <source>年度</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>来源</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>用途</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>面积(平方米)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>面积归类</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Area class</translation>
    </message>
    <message>
        <source>取得方式</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>How acquired</translation>
    </message>
    <message>
        <source>上级争取(元)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Higher authorities (yuan)</translation>
    </message>
    <message>
        <source>地方财政(元)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Local government (yuan)</translation>
    </message>
    <message>
        <source>结对帮扶(元)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Pairing support (yuan)</translation>
    </message>
    <message>
        <source>街道自筹(元)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Sub-district funds (yuan)</translation>
    </message>
    <message>
        <source>启用日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date in use</translation>
    </message>
    <message>
        <source>开放时间</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>电脑(台)</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Computers</translation>
    </message>
    <message>
        <source>网络</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Network</translation>
    </message>
    <message>
        <source>显示屏</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Display screen</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Activity name</translation>
    </message>
    <message>
        <source>活动类型</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>主题</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Topic</translation>
    </message>
    <message>
        <source>服务形式</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Service forms</translation>
    </message>
    <message>
        <source>地点</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人数</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>党员人数</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Party members</translation>
    </message>
    <message>
        <source>成效</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>内容</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Resident</translation>
    </message>
    <message>
        <source>帮扶方类别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Helper type</translation>
    </message>
    <message>
        <source>帮扶方</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Helper</translation>
    </message>
    <message>
        <source>帮扶类型</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Type of support</translation>
    </message>
    <message>
        <source>开始日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>End date</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>帮扶需求</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Needs</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>党员</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Party member</translation>
    </message>
    <message>
        <source>特长</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Skills</translation>
    </message>
    <message>
        <source>加入日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>单位名称</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>单位类型</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>有党组织</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Party org.</translation>
    </message>
    <message>
        <source>联系人</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>共建协议日期</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Partnership agreement date</translation>
    </message>
    <message>
        <source>支持方式</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <source>开放设施</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Open facilities</translation>
    </message>
    <message>
        <source>称号</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>获得者</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Awardee</translation>
    </message>
    <message>
        <source>级别</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>电话</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>搜索{0}…</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Search {0}…</translation>
    </message>
    <message>
        <source>否</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>desktop/columns.py</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>签署报表</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Sign return</translation>
    </message>
    <message>
        <source>设定签名口令</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Choose the signing passphrase</translation>
    </message>
    <message>
        <source>这是本社区第一次签署报表。请设定一个签名口令：它用来加密保护本社区的签名密钥（保存在数据文件夹的 keys 中），以后每次签署报表都要输入。

口令至少 {0} 个字符。请牢记并妥善保管，不要告诉无关人员；忘记口令将无法再签署报表。</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>This is the office&apos;s first signed return. Please choose a signing passphrase: it encrypts and protects this office&apos;s signing key (kept in the data folder&apos;s keys folder), and is needed every time a return is signed.

The passphrase needs at least {0} characters. Remember it and keep it safe, and do not tell anyone who does not need it; without it no return can be signed.</translation>
    </message>
    <message>
        <source>请输入本社区的签名口令（第一次签署时设定的）。签署后的报表不能再修改。</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Enter this office&apos;s signing passphrase (chosen at the first signature). A signed return can no longer be changed.</translation>
    </message>
    <message>
        <source>签名口令</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>签名口令：</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Signing passphrase:</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>签署</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>设定并签署</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Set and sign</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>口令太短：至少需要 {0} 个字符，现在是 {1} 个。</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>Passphrase too short: at least {0} characters are needed, it has {1}.</translation>
    </message>
    <message>
        <source>两次输入的口令不一样，请重新输入。</source>
        <extracomment>desktop/passphrase.py</extracomment>
        <translation>The two passphrases differ; please type them again.</translation>
    </message>
    <message>
        <source>这个文件无法显示（不是 PDF，或文件已损坏）。</source>
        <extracomment>desktop/pdf_view.py</extracomment>
        <translation>This file cannot be shown (not a PDF, or damaged).</translation>
    </message>
    <message>
        <source>打印机无法开始打印。</source>
        <extracomment>desktop/pdf_view.py</extracomment>
        <translation>The printer could not start printing.</translation>
    </message>
    <message>
        <source>报表预览</source>
        <extracomment>desktop/pdf_view.py</extracomment>
        <translation>Return preview</translation>
    </message>
    <message>
        <source>11月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>November</translation>
    </message>
    <message>
        <source>12月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>December</translation>
    </message>
    <message>
        <source>保存的报表文件缺失或已被改动：{0}（{1}）。请从备份恢复数据文件夹。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>The stored return file is missing or was changed: {0} ({1}). Please restore the data folder from a backup.</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>生成与签署</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Make and sign</translation>
    </message>
    <message>
        <source>已签署的报表</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed returns</translation>
    </message>
    <message>
        <source>核验文件</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Verify a file</translation>
    </message>
    <message>
        <source>生成或打开一份报表后，在这里预览。
也可以把报表 PDF 文件拖到这里核验。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Make or open a return to preview it here.
You can also drag a return&apos;s PDF file here to verify it.</translation>
    </message>
    <message>
        <source>缩小</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>打印…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>年份</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>{0}年</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0}</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>重新检查</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Check again</translation>
    </message>
    <message>
        <source>在台账中改正数据后，点这里重新检查</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>After correcting the ledgers, click here to check again</translation>
    </message>
    <message>
        <source>报告期：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>必须先改正的错误</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Errors to correct first</translation>
    </message>
    <message>
        <source>需要书面说明的提醒</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Warnings needing a written explanation</translation>
    </message>
    <message>
        <source>制表机关</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>更正原因</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>例如：更正党费支持金额</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>e.g. corrected the party dues support amount</translation>
    </message>
    <message>
        <source>报表信息</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Return details</translation>
    </message>
    <message>
        <source>制表机关：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <source>更正原因：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>生成报表</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Make return</translation>
    </message>
    <message>
        <source>生成草稿（不签署），可以预览、打印、另存</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Make a draft (not signed) to preview, print or save</translation>
    </message>
    <message>
        <source>签署报表…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Sign return…</translation>
    </message>
    <message>
        <source>用本社区的签名密钥签署，签署后保存为正式报表，不能再修改</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Sign with this office&apos;s signing key; the signed return is stored and can no longer be changed</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>版本</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>签署时间</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>打开</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>还没有签署过报表。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>No return has been signed yet.</translation>
    </message>
    <message>
        <source>签署后的报表保存在数据文件夹中，不能修改；如需更正，请重新签署，生成新的版本。双击一行打开。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed returns are kept in the data folder and cannot be changed; to correct one, sign again to make a new version. Double-click a row to open it.</translation>
    </message>
    <message>
        <source>检查一份报表 PDF：是否完整、由谁签署、签署后有没有被改动。点下面的按钮选择文件，或直接把 PDF 文件拖到窗口中。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Check a return&apos;s PDF: is it complete, who signed it, and was it changed after signing. Click the button below to choose the file, or drag the PDF file onto the window.</translation>
    </message>
    <message>
        <source>核验报表文件…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Verify a return file…</translation>
    </message>
    <message>
        <source>已取消。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>正在检查{0}的台账…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Checking the ledgers of {0}…</translation>
    </message>
    <message>
        <source>检查已取消。点“重新检查”再查一次。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Check cancelled. Click &quot;Check again&quot; to run it again.</translation>
    </message>
    <message>
        <source>正在检查台账…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Checking the ledgers…</translation>
    </message>
    <message>
        <source>请到相应的台账中改正这些记录，然后点“重新检查”。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Correct these records in their ledgers, then click &quot;Check again&quot;.</translation>
    </message>
    <message>
        <source>在这里写明原因（必填），会印在报表的“情况说明”中</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Write the reason here (required); it is printed in the return&apos;s &quot;Explanations&quot; section</translation>
    </message>
    <message>
        <source>第 {0} 条提醒的说明</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Explanation of warning {0}</translation>
    </message>
    <message>
        <source>{0}：有 {1} 个错误必须先改正，暂时不能生成报表。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0}: {1} errors must be corrected before the return can be made.</translation>
    </message>
    <message>
        <source>{0}：没有必须改正的错误；有 {1} 条提醒，每条都要写明说明。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0}: no errors to correct; {1} warnings, each needing a written explanation.</translation>
    </message>
    <message>
        <source>{0}：检查通过，可以生成报表。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0}: all checks passed; the return can be made.</translation>
    </message>
    <message>
        <source>本报告期已签署第 {0} 版。再次签署将生成第 {1} 版（更正），报表会列出改动之处；请写明更正原因。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Version {0} of this period is signed. Signing again makes version {1} (a correction), which lists what changed; please give the reason for the correction.</translation>
    </message>
    <message>
        <source>有必须改正的错误，报表没有生成。请先在台账中改正，再点“重新检查”。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>There are errors to correct, so no return was made. Correct them in the ledgers first, then click &quot;Check again&quot;.</translation>
    </message>
    <message>
        <source>还有 {0} 条提醒没有写说明，报表没有生成。请在标红的框里逐条写明原因，再生成报表。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0} warnings have no explanation yet, so no return was made. Write the reason in each box marked red, then make the return.</translation>
    </message>
    <message>
        <source>这是更正版本，请先写明更正原因，再签署。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>This is a correction: give the reason for it first, then sign.</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Making the return…</translation>
    </message>
    <message>
        <source>正在签署报表…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signing the return…</translation>
    </message>
    <message>
        <source>台账在检查之后有了变化，报表没有生成。请看更新后的检查结果，写好说明或改正错误后再试。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>The ledgers changed after the check, so no return was made. Please look at the updated check, write the explanations or correct the errors, and try again.</translation>
    </message>
    <message>
        <source>已签署：{0}报表 第 {1} 版</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed: return for {0}, version {1}</translation>
    </message>
    <message>
        <source>{0}{1}报表（第{2}版）.pdf</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0} return {1} (version {2}).pdf</translation>
    </message>
    <message>
        <source>草稿（未签署）：{0}报表</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Draft (not signed): return for {0}</translation>
    </message>
    <message>
        <source>{0}{1}报表（草稿）.pdf</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0} return {1} (draft).pdf</translation>
    </message>
    <message>
        <source>已签署并保存{0}报表第 {1} 版（共 {2} 页）。可以打印、另存为，或在“已签署的报表”中再次打开。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Return for {0}, version {1}, signed and stored ({2} pages). You can print it, save it, or open it again under &quot;Signed returns&quot;.</translation>
    </message>
    <message>
        <source>已为本社区生成签名密钥和自签名证书（保存在数据文件夹的 keys 中，由口令加密）。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>A signing key and a self-signed certificate were made for this office (in the data folder&apos;s keys folder, encrypted with the passphrase).</translation>
    </message>
    <message>
        <source>市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>The city Organization Department has not issued this office a certificate yet; the return is signed with a self-signed certificate, and says so.</translation>
    </message>
    <message>
        <source>已生成{0}报表草稿（共 {1} 页，未签署）。正式报送前请签署。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Draft return for {0} made ({1} pages, not signed). Sign it before sending it.</translation>
    </message>
    <message>
        <source>预览</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <source>{0}（共 {1} 页）</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0} ({1} pages)</translation>
    </message>
    <message>
        <source>全年</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>打印报表</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Print return</translation>
    </message>
    <message>
        <source>上半年</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>First half</translation>
    </message>
    <message>
        <source>没有打印：{0}</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Not printed: {0}</translation>
    </message>
    <message>
        <source>已送往打印机：{0} 页。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Sent to the printer: {0} pages.</translation>
    </message>
    <message>
        <source>下半年</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Second half</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>另存报表</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Save return</translation>
    </message>
    <message>
        <source>第一季度</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>First quarter</translation>
    </message>
    <message>
        <source>没有保存：{0}（{1}）。请换一个文件夹再试。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Not saved: {0} ({1}). Please try another folder.</translation>
    </message>
    <message>
        <source>已保存：{0}</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>第二季度</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Second quarter</translation>
    </message>
    <message>
        <source>第三季度</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Third quarter</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>第四季度</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Fourth quarter</translation>
    </message>
    <message>
        <source>签名人：{0}</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed by: {0}</translation>
    </message>
    <message>
        <source>共 {0} 份。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0} in all.</translation>
    </message>
    <message>
        <source>1月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>January</translation>
    </message>
    <message>
        <source>2月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>February</translation>
    </message>
    <message>
        <source>3月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>March</translation>
    </message>
    <message>
        <source>正在打开报表…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Opening the return…</translation>
    </message>
    <message>
        <source>4月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>April</translation>
    </message>
    <message>
        <source>选择要核验的报表文件</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Choose the return file to verify</translation>
    </message>
    <message>
        <source>稍后核验：{0}</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>To verify next: {0}</translation>
    </message>
    <message>
        <source>5月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>May</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>正在核验报表文件…</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Verifying the return file…</translation>
    </message>
    <message>
        <source>6月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>June</translation>
    </message>
    <message>
        <source>无法核验</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <source>7月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>July</translation>
    </message>
    <message>
        <source>✔ 有效：签名可信，签署后没有被改动</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>✔ Valid: trusted signature, unchanged since signing</translation>
    </message>
    <message>
        <source>✘ 无效：文件已被改动或已损坏</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>✘ Invalid: the file was changed or is damaged</translation>
    </message>
    <message>
        <source>！已签名，但签名证书不受信任</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>! Signed, but the certificate is not trusted</translation>
    </message>
    <message>
        <source>未签名：这个文件没有电子签名</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Unsigned: this file has no electronic signature</translation>
    </message>
    <message>
        <source>8月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>August</translation>
    </message>
    <message>
        <source>这份报表由本社区的签名密钥签署，签署后没有被改动；但证书还是本社区自签的，要等市委组织部颁发证书后，才能被认定为可信。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>This return was signed with this community&apos;s own key and has not been changed since; but its certificate is still self-signed, so it counts as trusted only once the city Organization Department has issued a certificate.</translation>
    </message>
    <message>
        <source>这份报表的签名证书由市委组织部颁发，内容与签署时完全一致。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>This return&apos;s signing certificate was issued by the city Organization Department, and it is exactly as it was signed.</translation>
    </message>
    <message>
        <source>这份文件在签署之后被改动过，或者文件已损坏，不能作为正式报表。请向报送单位重新索取。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>This file was changed after signing, or is damaged, and cannot serve as an official return. Please ask the sending office for it again.</translation>
    </message>
    <message>
        <source>文件签署后没有被改动，但签名证书既不是市委组织部颁发的，也不是本社区自己的，无法确认由谁签署。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>The file is unchanged since signing, but the certificate was neither issued by the city Organization Department nor is it this office&apos;s own, so who signed it cannot be confirmed.</translation>
    </message>
    <message>
        <source>这可能是草稿或打印前导出的文件。正式报送的报表必须签署。</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>It may be a draft or a file exported before printing. A return sent officially must be signed.</translation>
    </message>
    <message>
        <source>文件：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>File:</translation>
    </message>
    <message>
        <source>9月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>September</translation>
    </message>
    <message>
        <source>签名人：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>{0}（北京时间）</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>{0} (Beijing time)</translation>
    </message>
    <message>
        <source>签署时间：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Signed at:</translation>
    </message>
    <message>
        <source>填报单位：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Reporting office:</translation>
    </message>
    <message>
        <source>10月</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>October</translation>
    </message>
    <message>
        <source>，第 {0} 版</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>, version {0}</translation>
    </message>
    <message>
        <source>本社区的签名证书</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>This office&apos;s signing certificate</translation>
    </message>
    <message>
        <source>证书：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>原因：</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>核验的文件：{0}</source>
        <extracomment>desktop/returns_page.py</extracomment>
        <translation>File verified: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>版本：</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Version:</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>数据文件夹：</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>日志文件夹：</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>备份保存在数据文件夹的 backups 子文件夹里。出错时，请把日志文件夹里的文件发给技术人员。</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Backups are kept in the backups folder inside the data folder. If something goes wrong, send the files in the log folder to your technical support.</translation>
    </message>
    <message>
        <source>关于与许可证…</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>About and licences…</translation>
    </message>
    <message>
        <source>已保存。重新打开社区台账后，界面将使用“{0}”。</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Saved. Community Ledgers will use “{0}” when it is next opened.</translation>
    </message>
    <message>
        <source>设置</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>更改语言后，重新打开社区台账时生效。</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>A new language takes effect when Community Ledgers is next opened.</translation>
    </message>
    <message>
        <source>语言：</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Language:</translation>
    </message>
    <message>
        <source> 份</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation> copies</translation>
    </message>
    <message>
        <source>保留的自动备份份数</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <source>自动备份</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>保留最近的自动备份：</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Keep the latest automatic backups:</translation>
    </message>
    <message>
        <source>超出这个数目时，最旧的自动备份会被删除。</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Beyond this number, the oldest automatic backups are deleted.</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>Operators</translation>
    </message>
    <message>
        <source>关于</source>
        <extracomment>desktop/settings_page.py</extracomment>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>密码</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>密码：</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>退出</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Exit</translation>
    </message>
    <message>
        <source>无需密码</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>No password</translation>
    </message>
    <message>
        <source>请输入{0}的密码。</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Enter the password for {0}.</translation>
    </message>
    <message>
        <source>密码不对，请再输入一次。请注意大小写，以及输入法是否处于英文状态。</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>The password is wrong, please try again. Check upper and lower case, and that the input method is set to English.</translation>
    </message>
    <message>
        <source>切换操作人员</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Switch operator</translation>
    </message>
    <message>
        <source>登录社区台账</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Sign in to Community Ledgers</translation>
    </message>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Community Ledgers</translation>
    </message>
    <message>
        <source>请选择您的名字：</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Choose your name:</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>需要密码</source>
        <extracomment>desktop/signin.py</extracomment>
        <translation>Password needed</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <extracomment>desktop/tasks.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候…</source>
        <extracomment>desktop/tasks.py</extracomment>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>正在处理</source>
        <extracomment>desktop/tasks.py</extracomment>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>已建立社区台账：{0}（{1}），数据文件夹 {2}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Set up the community ledgers: {0} ({1}), data folder {2}</translation>
    </message>
    <message>
        <source>正在生成演示数据… {0}%</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Making demo data… {0}%</translation>
    </message>
    <message>
        <source>已建立演示社区，共 {0} 条记录，数据文件夹 {1}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Made the demo community with {0} records in the data folder {1}</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>reporting period</translation>
    </message>
    <message>
        <source>记录数</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Records</translation>
    </message>
    <message>
        <source>“三有一化”达标情况</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>“Three Haves, One Standard” results</translation>
    </message>
    <message>
        <source>未达标</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Not met</translation>
    </message>
    <message>
        <source>达标</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Met</translation>
    </message>
    <message>
        <source>需注意</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>全部数据</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>all data</translation>
    </message>
    <message>
        <source>提醒</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>错误</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Errors</translation>
    </message>
    <message>
        <source>检查范围：{0}。共 {1} 个错误、{2} 个提醒。</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Checked: {0}. {1} errors, {2} warnings.</translation>
    </message>
    <message>
        <source>签名口令：</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Signing passphrase:</translation>
    </message>
    <message>
        <source>已签署</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>草稿，未签署</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Draft, not signed</translation>
    </message>
    <message>
        <source>已生成报表：{0}（{1}，第 {2} 版，共 {3} 页，{4}）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Return made: {0} ({1}, version {2}, {3} pages, {4})</translation>
    </message>
    <message>
        <source>已为本社区生成签名密钥和自签名证书（在数据文件夹的 keys 中，口令加密保存）。</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Made a signing key and a self-signed certificate for this community (in keys in the data folder, encrypted with the passphrase).</translation>
    </message>
    <message>
        <source>注意：市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Note: the city Organization Department has not yet issued this community a certificate; this return is signed with a self-signed certificate, as the return states.</translation>
    </message>
    <message>
        <source>数据摘要（SHA-256）：{0}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Data digest (SHA-256): {0}</translation>
    </message>
    <message>
        <source>核验结果：{0}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Verification result: {0}</translation>
    </message>
    <message>
        <source>说明：{0}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>签名人：{0}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Signed by: {0}</translation>
    </message>
    <message>
        <source>证书：{0}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Certificate: {0}</translation>
    </message>
    <message>
        <source>签名时间：{0}（北京时间）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Signed at: {0} (Beijing time)</translation>
    </message>
    <message>
        <source>填报单位：{0}（{1}）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Reporting unit: {0} ({1})</translation>
    </message>
    <message>
        <source>报告期：{0}，第 {1} 版</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Reporting period: {0}, version {1}</translation>
    </message>
    <message>
        <source>已中断。</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>详情已写入 {0}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Details written to {0}</translation>
    </message>
    <message>
        <source>社区台账遇到内部错误：{0}。{1}</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Community Ledgers ran into an internal error: {0}. {1}</translation>
    </message>
    <message>
        <source>命令行参数有误：{0}。运行 “shequ --help” 查看用法。</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Wrong command-line arguments: {0}. Run “shequ --help” for usage.</translation>
    </message>
    <message>
        <source>规模必须是 1 到 1000 之间的整数</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>the scale must be a whole number from 1 to 1000</translation>
    </message>
    <message>
        <source>社区台账：社区“三有一化”台账与报表。不带命令时打开桌面程序。</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>Community Ledgers: ledgers and returns for “Three Haves, One Standard”. Without a command it opens the desktop app.</translation>
    </message>
    <message>
        <source>数据文件夹（默认：环境变量 SHEQU_DATA_DIR，或本机用户数据文件夹）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>data folder (default: the SHEQU_DATA_DIR environment variable, or the user data folder)</translation>
    </message>
    <message>
        <source>命令</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>command</translation>
    </message>
    <message>
        <source>建立社区台账</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>set up a community&apos;s ledgers</translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>12-digit statistical division code</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>community name</translation>
    </message>
    <message>
        <source>所属街道(镇)</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>sub-district (town)</translation>
    </message>
    <message>
        <source>所属区/旗/县</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>district / banner / county</translation>
    </message>
    <message>
        <source>所属市</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>city</translation>
    </message>
    <message>
        <source>建立演示社区（示例数据）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>make a demo community (sample data)</translation>
    </message>
    <message>
        <source>数据量倍数（1 为一个普通社区）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>data scale (1 is a typical community)</translation>
    </message>
    <message>
        <source>各类台账的记录数和“三有一化”达标情况</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>record counts per ledger and the “Three Haves, One Standard” results</translation>
    </message>
    <message>
        <source>报告期，如 2026、2026H1、2026Q3、2026-07（默认：今年）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>reporting period, e.g. 2026, 2026H1, 2026Q3, 2026-07 (default: this year)</translation>
    </message>
    <message>
        <source>生成报表 PDF（加 --sign 签署并留存）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>make the return PDF (add --sign to sign and keep it)</translation>
    </message>
    <message>
        <source>报告期，如 2026、2026H1、2026Q3、2026-07</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>reporting period, e.g. 2026, 2026H1, 2026Q3, 2026-07</translation>
    </message>
    <message>
        <source>报表 PDF 保存到哪里</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>where to save the return PDF</translation>
    </message>
    <message>
        <source>用本社区的签名密钥签署，并留存为不可修改的快照</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>sign with this community&apos;s signing key and keep it as a snapshot that cannot be changed</translation>
    </message>
    <message>
        <source>存放签名口令的文件（第一行）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>file holding the signing passphrase (first line)</translation>
    </message>
    <message>
        <source>提醒的书面说明（JSON：“编号”: “说明”）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>written explanations of warnings (JSON: “number”: “explanation”)</translation>
    </message>
    <message>
        <source>更正原因（生成更正版本时）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>reason for the correction (when making a corrected version)</translation>
    </message>
    <message>
        <source>制表机关（默认：中共巴彦淖尔市委组织部）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>issuing authority (default: Organization Department of the CPC Bayannur Municipal Committee)</translation>
    </message>
    <message>
        <source>输出 JSON</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>核验报表 PDF：是否完整、签名是否可信、签署后是否被改动</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>verify a return PDF: complete, signature trusted, unchanged since signing</translation>
    </message>
    <message>
        <source>要核验的报表 PDF</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>the return PDF to verify</translation>
    </message>
    <message>
        <source>信任的市级根证书（默认：数据文件夹 keys/city-ca.pem）</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>trusted city root certificate (default: keys/city-ca.pem in the data folder)</translation>
    </message>
    <message>
        <source>检查台账数据；有必须改正的错误时退出码为 1</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>check the ledgers&apos; data; exit code 1 when there are errors to fix</translation>
    </message>
    <message>
        <source>只检查这个报告期的数据</source>
        <extracomment>desktop/cli.py</extracomment>
        <translation>check only the data of this reporting period</translation>
    </message>
</context>
</TS>
