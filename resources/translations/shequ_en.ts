<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>社区台账使用以下开源程序库，各自遵循其许可证：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Community Ledgers uses the following open-source libraries, each under its own licence:</translation>
    </message>
    <message>
        <source>关于社区台账</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>About Community Ledgers</translation>
    </message>
    <message>
        <source>社区台账 {0}</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Community Ledgers {0}</translation>
    </message>
    <message>
        <source>社区党建“三有一化”台账与报表。</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Ledgers and returns for community Party building, “Three Haves, One Standard”.</translation>
    </message>
    <message>
        <source>版本：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt {0}，PySide6 {1}</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Qt {0}, PySide6 {1}</translation>
    </message>
    <message>
        <source>Qt 版本：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Qt version:</translation>
    </message>
    <message>
        <source>Python 版本：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Python version:</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>未打开</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Not open</translation>
    </message>
    <message>
        <source>数据文件夹：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>日志文件夹：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>许可证：</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) — GNU LGPL v3</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Qt for Python (PySide6) — GNU LGPL v3</translation>
    </message>
    <message>
        <source>GNU GPL v3（LGPL v3 的基础）</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>GNU GPL v3 (the basis of LGPL v3)</translation>
    </message>
    <message>
        <source>Noto Sans SC 字体 — SIL Open Font License 1.1</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Noto Sans SC font — SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>其他程序库</source>
        <extracomment>desktop/settings/about.py</extracomment>
        <translation>Other libraries</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/shell/app.py</extracomment>
        <translation>Community Ledgers</translation>
    </message>
    <message>
        <source>无法打开社区台账</source>
        <extracomment>desktop/shell/startup.py</extracomment>
        <translation>Cannot open Community Ledgers</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>恢复备份</source>
        <extracomment>desktop/shell/backups.py, desktop/shell/restore_dialog.py</extracomment>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>选择要恢复的备份。恢复后，当前的全部数据会被这个备份替换；当前数据会先另存为“恢复前”的备份。</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Choose the backup to restore. All the current data will be replaced by it; the current data is first saved as a “Before restore” backup.</translation>
    </message>
    <message>
        <source>原因</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备份时间</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>大小</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Size</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>恢复备份…</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>正在备份数据…</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Backing up the data…</translation>
    </message>
    <message>
        <source>备份没有完成</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>The backup did not finish</translation>
    </message>
    <message>
        <source>每日备份没有完成</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>The daily backup did not finish</translation>
    </message>
    <message>
        <source>正在进行每日备份…</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <source>已完成每日备份。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Daily backup done.</translation>
    </message>
    <message>
        <source>只有管理员可以恢复备份。请管理员登录（文件 → 切换操作人员）后再恢复。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Only an administrator can restore a backup. Ask an administrator to sign in (File → Switch operator) and restore it then.</translation>
    </message>
    <message>
        <source>正在备份数据，请稍后再试。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>The data is being backed up; please try again shortly.</translation>
    </message>
    <message>
        <source>还没有任何备份。社区台账每天第一次打开时和每次关闭时会自动备份。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>There are no backups yet. Community Ledgers backs up automatically when it is first opened each day and every time it is closed.</translation>
    </message>
    <message>
        <source>用 {0} 的备份（{1}）替换当前的全部数据吗？

这之后录入或修改的内容将不在恢复后的数据里。当前数据会先另存为“恢复前”的备份，需要时可以再恢复回来。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Replace all the current data with the backup of {0} ({1})?

Anything entered or changed since then will not be in the restored data. The current data is first saved as a “Before restore” backup, so you can go back to it if needed.</translation>
    </message>
    <message>
        <source>替换并恢复</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Replace and restore</translation>
    </message>
    <message>
        <source>正在恢复备份…</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>恢复备份时出现意外错误：{0}。当前数据没有任何改动。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>An unexpected error occurred while restoring the backup: {0}. The current data has not been changed.</translation>
    </message>
    <message>
        <source>无法重新打开社区台账</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Cannot reopen Community Ledgers</translation>
    </message>
    <message>
        <source>恢复备份没有完成</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>The restore did not finish</translation>
    </message>
    <message>
        <source>已取消恢复，当前数据没有任何改动。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Restore cancelled; the current data has not been changed.</translation>
    </message>
    <message>
        <source>已恢复 {0} 的备份。</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Restored the backup of {0}.</translation>
    </message>
    <message>
        <source>恢复前的数据已另存为：{0}</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>The data from before the restore was saved as: {0}</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <extracomment>desktop/shell/backups.py</extracomment>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>退出时</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>On exit</translation>
    </message>
    <message>
        <source>每日</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Daily</translation>
    </message>
    <message>
        <source>恢复前</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>迁移前</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>其他</source>
        <extracomment>desktop/shell/restore_dialog.py</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <source>第 {0} 版</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>同步冲突</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>{0}：市级“{1}”，数据包“{2}”</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>{0}: city “{1}”, bundle “{2}”</translation>
    </message>
    <message>
        <source>没有完成</source>
        <extracomment>desktop/city/decisions.py, desktop/city/window.py</extracomment>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>未报</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>街道退回</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Sent back by the street</translation>
    </message>
    <message>
        <source>待市审核</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Waiting for the city</translation>
    </message>
    <message>
        <source>已通过</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已解锁</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>社区 {0} {1}报表第 {2} 版</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Community {0}, {1} return, version {2}</translation>
    </message>
    <message>
        <source>同意解锁：{0}</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Grant unlock: {0}</translation>
    </message>
    <message>
        <source>申请人：{0}；原因：{1}</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Requested by: {0}; reason: {1}</translation>
    </message>
    <message>
        <source>同意后，社区导入回执即可更正这个报告期；更正后的报表会重新报送审核。</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Once granted, the community can correct this reporting period after importing the receipt; the corrected return is sent for review again.</translation>
    </message>
    <message>
        <source>同意解锁</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Grant unlock</translation>
    </message>
    <message>
        <source>没有同意解锁</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Unlock not granted</translation>
    </message>
    <message>
        <source>{0}已同意解锁{1}</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>{0} granted unlocking {1}</translation>
    </message>
    <message>
        <source>社区要在导入回执后才能更正：请点“生成回执…”写到 U 盘交给社区。</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>The community can only correct it after importing a receipt: click “Generate receipts…” to write it to a USB drive and give it to the community.</translation>
    </message>
    <message>
        <source>原因</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>申请人</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>申请时间</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>解锁申请</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Unlock requests</translation>
    </message>
    <message>
        <source>同意解锁…</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Grant unlock…</translation>
    </message>
    <message>
        <source>同意后，社区导入回执即可更正这个报告期，更正后重新签署报送</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Once granted, the community can correct this reporting period after importing the receipt, then sign and send it again</translation>
    </message>
    <message>
        <source>市级审核通过的报告期在社区锁定。社区要更正时，由管理员申请解锁；同意后写回执交给社区。</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>A reporting period the city has accepted is locked at the community. If the community needs to correct it, an administrator asks to unlock it; once you grant it, write a receipt for the community.</translation>
    </message>
    <message>
        <source>解锁申请（{0}）</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Unlock requests ({0})</translation>
    </message>
    <message>
        <source>已同意（{0}）</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Granted ({0})</translation>
    </message>
    <message>
        <source>等待同意</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>Waiting to be granted</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <extracomment>desktop/city/unlock.py</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>市级汇总：{0}</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>City summary: {0}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入报送数据(&amp;I)…</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>&amp;Import submitted data…</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>忘记已输入的市级口令：下次需要时重新询问</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Forget the city passphrase entered: ask again when it is needed</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用手册</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>User manual</translation>
    </message>
    <message>
        <source>市级汇总</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>City summary</translation>
    </message>
    <message>
        <source>请输入市级口令（建立市级安装时设定的）。</source>
        <extracomment>desktop/city/keeper.py</extracomment>
        <translation>Enter the city passphrase (set when the city installation was created).</translation>
    </message>
    <message>
        <source>市级口令：</source>
        <extracomment>desktop/city/keeper.py</extracomment>
        <translation>City passphrase:</translation>
    </message>
    <message>
        <source>交换文件 (*.shequ);;所有文件 (*)</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Exchange files (*.shequ);;All files (*)</translation>
    </message>
    <message>
        <source>选择社区报送的数据包（可以多选）</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Select the bundles sent by communities (you can select several)</translation>
    </message>
    <message>
        <source>导入</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>社区的数据包用市级的交换证书加密，要用市级密钥打开。</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Community bundles are encrypted with the city&apos;s exchange certificate and can only be opened with the city key.</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>没有导入</source>
        <extracomment>desktop/city/import_action.py</extracomment>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}报表第 {3} 版</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>{0} ({1}) {2} return, version {3}</translation>
    </message>
    <message>
        <source>没有找到 U 盘：请选择保存证书文件的文件夹</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>No USB stick found: choose the folder to save the certificate file in</translation>
    </message>
    <message>
        <source>退回报表</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Send back return</translation>
    </message>
    <message>
        <source>退回{0}的原因（社区会看到）：</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Reason for sending back {0} (the community will see it):</translation>
    </message>
    <message>
        <source>社区要在导入回执后才知道：请点“生成回执…”写到 U 盘交给社区。</source>
        <extracomment>desktop/city/decisions.py, desktop/city/review_comments.py</extracomment>
        <translation>The community will only know after importing a receipt: click “Generate receipts…” to write it to a USB drive and give it to the community.</translation>
    </message>
    <message>
        <source>关于社区台账</source>
        <extracomment>desktop/city/help_actions.py, desktop/city/window.py</extracomment>
        <translation>About Community Ledgers</translation>
    </message>
    <message>
        <source>社区台账 {0}
市级汇总：{1}
数据文件夹：{2}</source>
        <extracomment>desktop/city/help_actions.py</extracomment>
        <translation>Community Ledgers {0}
City: {1}
Data folder: {2}</translation>
    </message>
    <message>
        <source>口令正确时，本窗口会记住它，{0} 分钟不用自动忘记；点“文件 ▸ 锁定”可以立即忘记。</source>
        <extracomment>desktop/city/keeper.py</extracomment>
        <translation>Once the passphrase is right, this window remembers it; it is forgotten after {0} minutes without use, or at once with File ▸ Lock.</translation>
    </message>
    <message>
        <source>已记住市级口令</source>
        <extracomment>desktop/city/keeper.py</extracomment>
        <translation>City passphrase remembered</translation>
    </message>
    <message>
        <source>点“文件 ▸ 锁定”（Ctrl+L）立即忘记</source>
        <extracomment>desktop/city/keeper.py</extracomment>
        <translation>File ▸ Lock (Ctrl+L) forgets it at once</translation>
    </message>
    <message>
        <source>没有生成回执</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>No receipts generated</translation>
    </message>
    <message>
        <source>选中的社区证书已被吊销，不能给它写回执。</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>The selected community&apos;s certificate has been revoked; no receipt can be written for it.</translation>
    </message>
    <message>
        <source>没有找到 U 盘：请选择保存回执的文件夹</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>No USB stick found: choose the folder to save the acknowledgement in</translation>
    </message>
    <message>
        <source>回执用市级密钥签名，社区据此确认来自市里。</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Receipts are signed with the city key, so the community can confirm they come from the city.</translation>
    </message>
    <message>
        <source>生成回执</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Generate receipts</translation>
    </message>
    <message>
        <source>正在给社区 {0} 写回执…</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Writing the receipt for community {0}…</translation>
    </message>
    <message>
        <source>已写出第 {0} 号回执：{1}</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Wrote receipt No. {0}: {1}</translation>
    </message>
    <message>
        <source>✘ {0}：证书已吊销，没有写回执。</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>✘ {0}: certificate revoked; no receipt written.</translation>
    </message>
    <message>
        <source>下一步：把 U 盘交给社区，在社区的“数据交换”页点“导入交换文件…”导入回执。</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Next: give the USB drive to the community; on the community&apos;s “Data exchange” page, click “Import exchange file…” to import the receipt.</translation>
    </message>
    <message>
        <source>已生成 {0} 份回执</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Generated {0} receipts</translation>
    </message>
    <message>
        <source>，{0} 个社区没有写成</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>, {0} communities failed</translation>
    </message>
    <message>
        <source>正在生成回执…</source>
        <extracomment>desktop/city/receipts.py</extracomment>
        <translation>Generating receipts…</translation>
    </message>
    <message>
        <source>{0}{1}报表（第 {2} 版）</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>{0} {1} return (version {2})</translation>
    </message>
    <message>
        <source>正在打开报表…</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Opening the return…</translation>
    </message>
    <message>
        <source>汇总表用市级密钥签名（PAdES），社区和上级可以核验它的来源和完整性。</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>The summary is signed with the city key (PAdES), so communities and higher authorities can verify its origin and integrity.</translation>
    </message>
    <message>
        <source>签署</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>签署汇总表</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Sign summary</translation>
    </message>
    <message>
        <source>正在生成市级汇总表…</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Generating the city summary…</translation>
    </message>
    <message>
        <source>已签名</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>未签名</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>{0}{1}汇总表（{2}）</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>{0} {1} summary ({2})</translation>
    </message>
    <message>
        <source>{0}{1}汇总表.pdf</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>{0} {1} summary.pdf</translation>
    </message>
    <message>
        <source>已生成{0}市级汇总表（共 {1} 页，{2}）</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Generated the {0} city summary ({1} pages, {2})</translation>
    </message>
    <message>
        <source>可以打印，或点“另存为…”保存。</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>You can print it, or click “Save as…” to save it.</translation>
    </message>
    <message>
        <source>汇总表没有生成</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Summary not generated</translation>
    </message>
    <message>
        <source>{0}（共 {1} 页）</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>{0} ({1} pages)</translation>
    </message>
    <message>
        <source>另存为</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Save as</translation>
    </message>
    <message>
        <source>已保存：{0}</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>打印</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Print</translation>
    </message>
    <message>
        <source>已送往打印机：{0} 页。</source>
        <extracomment>desktop/city/consolidated.py</extracomment>
        <translation>Sent to the printer: {0} pages.</translation>
    </message>
    <message>
        <source>注册申请 (*-request.pem *.pem);;所有文件 (*)</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Registration requests (*-request.pem *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>选择社区的注册申请文件</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Select a community&apos;s registration request file</translation>
    </message>
    <message>
        <source>没有登记</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>社区：{0}
代码：{1}
密钥指纹：{2}

请先与社区电话核对密钥指纹（社区生成申请时看到的）。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Community: {0}
Code: {1}
Key fingerprint: {2}

First confirm the key fingerprint with the community by phone (the one shown when it created the request).</translation>
    </message>
    <message>
        <source>这个社区已经登记过，新证书将取代原来的证书。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>This community is already registered; the new certificate will replace the old one.</translation>
    </message>
    <message>
        <source>登记社区并颁发证书</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Register community and issue certificate</translation>
    </message>
    <message>
        <source>颁发证书</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>证书用市级根证书签发。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>The certificate is issued under the city root certificate.</translation>
    </message>
    <message>
        <source>颁发</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>正在颁发证书…</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Issuing certificate…</translation>
    </message>
    <message>
        <source>证书文件：{0}
有效期至：{1}
下一步：把这个文件交给社区，在社区的“数据交换”页点“安装证书…”安装。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Certificate file: {0}
Valid until: {1}
Next: give this file to the community; on the community&apos;s “Data exchange” page, click “Install certificate…” to install it.</translation>
    </message>
    <message>
        <source>该社区此前的证书已被这份新证书取代。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>This new certificate replaces the community&apos;s previous certificate.</translation>
    </message>
    <message>
        <source>已为 {0}（{1}）颁发证书</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Certificate issued to {0} ({1})</translation>
    </message>
    <message>
        <source>{0} 的证书已经吊销</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>The certificate of {0} has been revoked</translation>
    </message>
    <message>
        <source>吊销 {0}（{1}）证书的原因：</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Reason for revoking the certificate of {0} ({1}):</translation>
    </message>
    <message>
        <source>吊销证书</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>吊销证书需要写明原因，如“U 盘丢失，密钥可能泄露”。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Revoking a certificate requires a reason, e.g. “USB drive lost, key may have leaked”.</translation>
    </message>
    <message>
        <source>没有吊销</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Not revoked</translation>
    </message>
    <message>
        <source>吊销后，{0} 的所有数据包都会被拒收，直到它换新密钥、重新登记。确定吊销吗？</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>After revocation, all bundles from {0} will be rejected until it switches to a new key and registers again. Revoke the certificate?</translation>
    </message>
    <message>
        <source>吊销</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>吊销证书需要市级口令。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Revoking a certificate requires the city passphrase.</translation>
    </message>
    <message>
        <source>正在吊销证书…</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Revoking certificate…</translation>
    </message>
    <message>
        <source>已吊销 {0}（{1}）的证书</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Revoked the certificate of {0} ({1})</translation>
    </message>
    <message>
        <source>原因：{0}
今后用这些证书签名的数据包都会被拒收；该社区需要在“数据交换”页换新密钥、重新申请。</source>
        <extracomment>desktop/city/certificates.py</extracomment>
        <translation>Reason: {0}
Bundles signed with these certificates will be rejected from now on; the community must switch to a new key on its “Data exchange” page and apply again.</translation>
    </message>
    <message>
        <source>本报告期的审核意见（市级、街道）：{0} 条</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Review comments for this reporting period (city and street): {0}</translation>
    </message>
    <message>
        <source>审核环节</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Review stage</translation>
    </message>
    <message>
        <source>待街道审核</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Waiting for the street</translation>
    </message>
    <message>
        <source>有问题</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Has a problem</translation>
    </message>
    <message>
        <source>退回</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>{0}：{1}（标准 {2}）{3}</source>
        <extracomment>desktop/city/texts.py</extracomment>
        <translation>{0}: {1} (standard: {2}){3}</translation>
    </message>
    <message>
        <source>冲突没有处理</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>Conflict not resolved</translation>
    </message>
    <message>
        <source>已锁定</source>
        <extracomment>desktop/city/texts.py, desktop/city/window.py</extracomment>
        <translation>Locked</translation>
    </message>
    <message>
        <source>市级口令已忘记，下次需要时会重新询问。</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>The city passphrase has been forgotten; it will be asked again when needed.</translation>
    </message>
    <message>
        <source>备份没有完成</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>The backup did not finish</translation>
    </message>
    <message>
        <source>正在导入第 {0} 个文件（共 {1} 个）：{2}</source>
        <extracomment>desktop/city/importing.py</extracomment>
        <translation>Importing file {0} of {1}: {2}</translation>
    </message>
    <message>
        <source>{0}（{1}）的数据 — 只读</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>Data of {0} ({1}) — read-only</translation>
    </message>
    <message>
        <source>台账</source>
        <extracomment>desktop/city/conflicts_tab.py, desktop/city/office_data.py</extracomment>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>搜索…</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>Search…</translation>
    </message>
    <message>
        <source>台账：</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>Ledger:</translation>
    </message>
    <message>
        <source>这是社区报送的数据，市级只能查看，不能修改。身份证号、电话、住址不报送市级，这里是空的。如数据有误，请退回报表并写明原因，由社区改正后重新报送。</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>This is data sent by the community; the city can view it but not change it. ID numbers, phone numbers and addresses are not sent to the city, so they are empty here. If the data is wrong, send the return back with a reason so the community can correct it and send it again.</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>{0} · 各社区报送和达标情况</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>{0} · Submissions and standards compliance by community</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/city/status_tab.py, desktop/city/unlock.py, desktop/city/window.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>重新统计</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>重新读取各社区的情况</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Reload the status of all communities</translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>导入各社区 U 盘上的数据包（可以一次选多个文件）</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Import bundles from the communities&apos; USB drives (you can select several files at once)</translation>
    </message>
    <message>
        <source>报告期：</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>U 盘：</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>USB drive:</translation>
    </message>
    <message>
        <source>报送情况</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>导入记录</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Import log</translation>
    </message>
    <message>
        <source>社区名单</source>
        <extracomment>desktop/city/registry_tab.py, desktop/city/window.py</extracomment>
        <translation>Communities</translation>
    </message>
    <message>
        <source>点“生成汇总表”或“签署汇总表…”后在这里预览；也可以在“报送情况”中查看社区的报表。</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Click “Generate summary” or “Sign summary…” to preview it here; you can also view communities&apos; returns under “Submissions”.</translation>
    </message>
    <message>
        <source>汇总报表</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Summary return</translation>
    </message>
    <message>
        <source>数据文件夹：{0}</source>
        <extracomment>desktop/city/window.py</extracomment>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <source>关闭</source>
        <extracomment>desktop/city/database.py, desktop/city/window.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>市级处理</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>City action</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>最近数据包</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>社区代码</source>
        <extracomment>desktop/city/registry_tab.py, desktop/city/status_tab.py</extracomment>
        <translation>Community code</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>desktop/city/registry_tab.py, desktop/city/status_tab.py</extracomment>
        <translation>Community name</translation>
    </message>
    <message>
        <source>冲突</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>各社区报送情况</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Submissions by community</translation>
    </message>
    <message>
        <source>到达时间</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Arrival time</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>{0}（{1}），{2}</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>{0} ({1}), {2}</translation>
    </message>
    <message>
        <source>版本</source>
        <extracomment>desktop/city/status_tab.py, desktop/city/unlock.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>社区的报表</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Community returns</translation>
    </message>
    <message>
        <source>退回…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>退回报表并写明原因，社区导入回执后会看到</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Send the return back with a reason; the community will see it after importing the receipt</translation>
    </message>
    <message>
        <source>查看报表</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>View return</translation>
    </message>
    <message>
        <source>查看数据…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>View data…</translation>
    </message>
    <message>
        <source>查看这个社区报送的台账（只读）；也可以双击表格中的社区</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>View the ledgers sent by this community (read-only); you can also double-click a community in the table</translation>
    </message>
    <message>
        <source>生成回执…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Generate receipts…</translation>
    </message>
    <message>
        <source>判断</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>指标</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Value</translation>
    </message>
    <message>
        <source>方面</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Area</translation>
    </message>
    <message>
        <source>标准</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>达标情况</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Standards compliance</translation>
    </message>
    <message>
        <source>文件</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>结果</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>上次导入的文件</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Last imported file</translation>
    </message>
    <message>
        <source>导入时间</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Import time</translation>
    </message>
    <message>
        <source>社区</source>
        <extracomment>desktop/city/conflicts_tab.py, desktop/city/imports_tab.py, desktop/city/unlock.py</extracomment>
        <translation>Community</translation>
    </message>
    <message>
        <source>编号</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>缺口</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Gap</translation>
    </message>
    <message>
        <source>已导入的数据包</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Imported bundles</translation>
    </message>
    <message>
        <source>上次导入</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>Last import</translation>
    </message>
    <message>
        <source>不同的内容</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>Differing content</translation>
    </message>
    <message>
        <source>市级版本</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>City version</translation>
    </message>
    <message>
        <source>数据包版本</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>Bundle version</translation>
    </message>
    <message>
        <source>记录</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>保留市级已有的</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>Keep the city&apos;s</translation>
    </message>
    <message>
        <source>采用数据包的</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>Use the bundle&apos;s</translation>
    </message>
    <message>
        <source>同一条记录，市级已有的和数据包带来的版本号相同、内容不同：导入没有覆盖，两边都保留在这里。一般应采用社区最新报送的内容；拿不准时请与社区核实。</source>
        <extracomment>desktop/city/conflicts_tab.py</extracomment>
        <translation>For the same record, the city&apos;s copy and the bundle&apos;s copy have the same version number but different content: the import did not overwrite it, and both are kept here. Normally use the content most recently sent by the community; if unsure, check with the community.</translation>
    </message>
    <message>
        <source>{0}有什么问题（社区会看到）：</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>The problem with {0} (the community will see it):</translation>
    </message>
    <message>
        <source>报表有问题</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Return has a problem</translation>
    </message>
    <message>
        <source>没有做出决定</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>No decision made</translation>
    </message>
    <message>
        <source>退回报表或标记有问题都需要写明意见，社区会看到它。请重新点按钮并填写。</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Sending back a return or marking a problem needs a comment, which the community will see. Click the button again and fill it in.</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <extracomment>desktop/city/decisions.py, desktop/city/status_state.py</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>街道审核：{0}</source>
        <extracomment>desktop/city/decisions.py, desktop/city/status_state.py</extracomment>
        <translation>Street review: {0}</translation>
    </message>
    <message>
        <source>注意，导入时核验发现：{0}</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Note: the check during import found: {0}</translation>
    </message>
    <message>
        <source>通过后，社区导入回执时该报告期会锁定。</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Once accepted, the reporting period is locked when the community imports the receipt.</translation>
    </message>
    <message>
        <source>审核人姓名（记录在决定中）：</source>
        <extracomment>desktop/city/decisions.py, desktop/city/unlock.py</extracomment>
        <translation>Reviewer&apos;s name (recorded with the decision):</translation>
    </message>
    <message>
        <source>审核报表</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>Review return</translation>
    </message>
    <message>
        <source>每个决定都记录审核人：请重新点按钮并填写姓名。</source>
        <extracomment>desktop/city/decisions.py, desktop/city/unlock.py</extracomment>
        <translation>Every decision records the reviewer: click the button again and enter a name.</translation>
    </message>
    <message>
        <source>{0}已将{1}标记为{2}</source>
        <extracomment>desktop/city/decisions.py</extracomment>
        <translation>{0} marked {1} as {2}</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>数据库(&amp;D)…</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>市级数据保存在哪里；把本机的数据迁移到服务器</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Where the city&apos;s data is kept; move this computer&apos;s data to a server</translation>
    </message>
    <message>
        <source>数据库</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Database</translation>
    </message>
    <message>
        <source>现在读不到数据库的情况：{0}</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Cannot read the database&apos;s details now: {0}</translation>
    </message>
    <message>
        <source>使用说明(&amp;H)</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>市级数据保存在这台电脑的数据文件夹里，只有这台电脑能使用：
{0}
数据结构版本：{1}。社区台账每次关闭时会自动备份这个文件。</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>The city&apos;s data is kept in this computer&apos;s data folder, and only this computer can use it:
{0}
Schema version: {1}. Shequ backs up this file each time it closes.</translation>
    </message>
    <message>
        <source>组织部有几台电脑要一起审核时，可以把数据迁移到服务器：请数据库管理员在 PostgreSQL 服务器上新建一个空数据库，把它的地址填在下面。迁移时全部数据复制过去并逐表核对；没有完成就什么都不改。迁移后，其他电脑用 “shequ city join --database 地址” 加入。</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>When several computers of the Organization Department review together, the data can be moved to a server: ask the database administrator to create an empty database on a PostgreSQL server and enter its address below. The move copies all the data and checks it table by table; if it does not finish, nothing changes. Afterwards, the other computers join with “shequ city join --database ADDRESS”.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://用户名@服务器/数据库名</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <source>服务器数据库地址</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Server database address</translation>
    </message>
    <message>
        <source>服务器数据库地址(&amp;A)：</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Server database &amp;address:</translation>
    </message>
    <message>
        <source>迁移到服务器(&amp;M)…</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>&amp;Move to a server…</translation>
    </message>
    <message>
        <source>服务器：</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Server:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Database:</translation>
    </message>
    <message>
        <source>地址：</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Address:</translation>
    </message>
    <message>
        <source>数据结构版本：</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>{0} 个，来自 {1} 台电脑（包括这一台）</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>{0}, from {1} computers (this one included)</translation>
    </message>
    <message>
        <source>服务器没有提供</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Not given by the server</translation>
    </message>
    <message>
        <source>现在的连接：</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Connections now:</translation>
    </message>
    <message>
        <source>几台电脑共用这个数据库：按 “重新统计” 就能看到其他电脑刚做的导入、审核和颁发证书。新的电脑用 “shequ city join --database 地址” 加入。</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Several computers share this database: press “Recalculate” to see the imports, reviews and certificates other computers have just made. A new computer joins with “shequ city join --database ADDRESS”.</translation>
    </message>
    <message>
        <source>备份：服务器上的数据不由社区台账备份。请数据库管理员用 pg_dump 每天备份这个数据库，并把备份文件保存到另一台电脑或移动硬盘上（见使用说明）。</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Backups: Shequ does not back up the data on the server. Ask the database administrator to back up this database with pg_dump every day and keep the backup files on another computer or an external disk (see the manual).</translation>
    </message>
    <message>
        <source>迁移到服务器</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Move to a server</translation>
    </message>
    <message>
        <source>把市级数据迁移到服务器 {0}？

全部数据会复制到服务器并逐表核对，完成后这台电脑就使用服务器上的数据，原来的数据文件改名保留。迁移没有完成（或按了取消）时，什么都不会改变。
迁移期间请不要关闭社区台账。</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Move the city&apos;s data to the server {0}?

All the data is copied to the server and checked table by table; afterwards this computer uses the data on the server, and the old data file is kept under a new name. If the move does not finish (or you press Cancel), nothing changes.
Please do not close Shequ during the move.</translation>
    </message>
    <message>
        <source>开始迁移</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Start the move</translation>
    </message>
    <message>
        <source>正在复制数据（{0}）</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Copying the data ({0})</translation>
    </message>
    <message>
        <source>正在迁移到服务器</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Moving to the server</translation>
    </message>
    <message>
        <source>迁移没有完成</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>The move did not finish</translation>
    </message>
    <message>
        <source>已取消迁移</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Move cancelled</translation>
    </message>
    <message>
        <source>市级数据仍保存在本机，和迁移前完全一样。</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>The city&apos;s data is still kept on this computer, exactly as before the move.</translation>
    </message>
    <message>
        <source>已迁移到服务器</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Moved to the server</translation>
    </message>
    <message>
        <source>数据保存在本机</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Data kept on this computer</translation>
    </message>
    <message>
        <source>数据保存在服务器 {0}/{1}</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Data kept on server {0}/{1}</translation>
    </message>
    <message>
        <source>数据保存在哪里</source>
        <extracomment>desktop/city/database.py</extracomment>
        <translation>Where the city&apos;s data is</translation>
    </message>
    <message>
        <source>意见：{0}</source>
        <extracomment>desktop/city/decisions.py, desktop/city/review_comments.py, desktop/city/status_state.py</extracomment>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <source>对这条记录提意见…</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>Comment on this record…</translation>
    </message>
    <message>
        <source>对选中的记录写一条意见（记录审核人），社区导入回执后会在这条记录上看到；只能对本报告期已报送报表的社区提</source>
        <extracomment>desktop/city/office_data.py</extracomment>
        <translation>Write a comment on the selected record (the reviewer is recorded); the community sees it on that record after importing the receipt. Only possible for communities that have sent a return for this reporting period</translation>
    </message>
    <message>
        <source>有效期至</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>desktop/city/registry_tab.py, desktop/city/unlock.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>颁发时间</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>登记社区…</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Register community…</translation>
    </message>
    <message>
        <source>根据社区的注册申请文件（&lt;代码&gt;-request.pem）颁发证书</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Issue a certificate from a community&apos;s registration request file (&lt;community-code&gt;-request.pem)</translation>
    </message>
    <message>
        <source>吊销证书…</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Revoke certificate…</translation>
    </message>
    <message>
        <source>U 盘或电脑丢失、密钥可能泄露时吊销；之后该社区的数据包都会被拒收</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Revoke if a USB drive or computer is lost or the key may have leaked; all bundles from this community will then be rejected</translation>
    </message>
    <message>
        <source>社区在“数据交换”页生成注册申请，用 U 盘送来；在这里登记后把证书文件交回社区安装。颁发前请与社区电话核对密钥指纹。</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>The community creates a registration request on its “Data exchange” page and brings it on a USB drive; register it here, then give the certificate file back to the community to install. Before issuing, confirm the key fingerprint with the community by phone.</translation>
    </message>
    <message>
        <source>生成汇总表</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Generate summary</translation>
    </message>
    <message>
        <source>按所选报告期生成市级汇总表（不签名），可预览、打印、另存</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Generate the city summary for the selected reporting period (unsigned) to preview, print or save</translation>
    </message>
    <message>
        <source>签署汇总表…</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Sign summary…</translation>
    </message>
    <message>
        <source>用市级密钥签名，社区和上级可以核验</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Signed with the city key so that communities and higher authorities can verify it</translation>
    </message>
    <message>
        <source>另存为…</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>打印…</source>
        <extracomment>desktop/city/return_tab.py</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}报表的“{3}”</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>“{3}” in the {2} return of {0} ({1})</translation>
    </message>
    <message>
        <source>对这一项提意见</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>Comment on this item</translation>
    </message>
    <message>
        <source>社区会在这一项旁边看到</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>The community will see it next to this item</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}报表中的记录“{3}”</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>The record “{3}” in the {2} return of {0} ({1})</translation>
    </message>
    <message>
        <source>对这条记录提意见</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>Comment on this record</translation>
    </message>
    <message>
        <source>社区会在这条记录上看到</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>The community will see it on this record</translation>
    </message>
    <message>
        <source>对{0}的意见（{1}）：</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>Comment on {0} ({1}):</translation>
    </message>
    <message>
        <source>意见不能为空：请重新点按钮并写明这一项的问题。</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>The comment cannot be empty: click the button again and say what is wrong with this item.</translation>
    </message>
    <message>
        <source>没有提意见</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>No comment made</translation>
    </message>
    <message>
        <source>审核人姓名（记录在意见中）：</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>Reviewer&apos;s name (recorded with the comment):</translation>
    </message>
    <message>
        <source>每条意见都记录审核人：请重新点按钮并填写姓名。</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>Every comment records its reviewer: click the button again and fill in the name.</translation>
    </message>
    <message>
        <source>{0}已对{1}提出意见</source>
        <extracomment>desktop/city/review_comments.py</extracomment>
        <translation>{0} commented on {1}</translation>
    </message>
    <message>
        <source>：{0}</source>
        <extracomment>desktop/city/review_comments.py, desktop/city/status_state.py</extracomment>
        <translation>: {0}</translation>
    </message>
    <message>
        <source>待审核</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>核验有问题：{0}</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>The check found a problem: {0}</translation>
    </message>
    <message>
        <source>（核验有问题）</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation> (check found a problem)</translation>
    </message>
    <message>
        <source>还没有人审核这份报表</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Nobody has reviewed this return yet</translation>
    </message>
    <message>
        <source>经{0}报送</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Through {0}</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>，意见：{0}</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>; comment: {0}</translation>
    </message>
    <message>
        <source>直接报送市级</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Directly to the city</translation>
    </message>
    <message>
        <source>已同意解锁：{0}</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Unlock granted: {0}</translation>
    </message>
    <message>
        <source>回执已写出（{0}），社区导入后该报告期锁定</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Receipt written ({0}); the reporting period is locked once the community imports it</translation>
    </message>
    <message>
        <source>{0}：待街道审核 {1} 个，街道退回 {2} 个，街道已通过待市审核 {3} 个</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>{0}: {1} waiting for the street, {2} sent back by the street, {3} accepted by the street and waiting for the city</translation>
    </message>
    <message>
        <source>共 {0} 个社区：按期报送 {1} 个，逾期报送 {2} 个，未报送 {3} 个；待审核 {4} 个</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>{0} communities: {1} sent on time, {2} sent late, {3} not sent; {4} pending review</translation>
    </message>
    <message>
        <source>最新报表还在等街道审核；市级也可以直接审核。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>The latest return is still waiting for the street&apos;s review; the city can also review it directly.</translation>
    </message>
    <message>
        <source>街道已退回最新报表，社区改正后会重新报送。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>The street sent the latest return back; the community will send it again after correcting it.</translation>
    </message>
    <message>
        <source>最新报表待审核：请查看报表后点“通过”“退回…”或“有问题…”。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>The latest return is pending review: look at the return, then click “Accept”, “Send back…” or “Flag a problem…”.</translation>
    </message>
    <message>
        <source>正在统计 {0} 等 {1} 个社区…</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Counting {1} communities, starting with {0}…</translation>
    </message>
    <message>
        <source>各街道待办</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>To do at each street</translation>
    </message>
    <message>
        <source>审核人</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>意见 / 核验</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Comment / check</translation>
    </message>
    <message>
        <source>街道审核</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Street review</translation>
    </message>
    <message>
        <source>通过</source>
        <extracomment>desktop/city/status_tab.py, desktop/city/texts.py</extracomment>
        <translation>Accept</translation>
    </message>
    <message>
        <source>审核通过（已接收）：社区导入回执后该报告期锁定</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Accept the return (received): the reporting period is locked once the community imports the receipt</translation>
    </message>
    <message>
        <source>有问题…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Flag a problem…</translation>
    </message>
    <message>
        <source>标记报表有问题并写明问题，社区导入回执后会看到</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Mark the return as having a problem and say what it is; the community will see it after importing the receipt</translation>
    </message>
    <message>
        <source>给选中的社区写回执（确认收到的数据包、报表审核结果、城市标准），存到 U 盘；未审核的报表只写“待审核”</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Write receipts for the selected communities (bundles received, review results for returns, city standards) and save them to a USB drive; returns not yet reviewed are only listed as “Pending review”</translation>
    </message>
    <message>
        <source>意见</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Comment</translation>
    </message>
    <message>
        <source>时间</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>级别</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>针对</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>About</translation>
    </message>
    <message>
        <source>审核意见</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>本报告期的审核意见（市级、街道）</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Review comments for this reporting period (city and street)</translation>
    </message>
    <message>
        <source>对这一项提意见…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Comment on this item…</translation>
    </message>
    <message>
        <source>对选中的指标写一条意见（记录审核人），社区导入回执后会在这一项旁边看到</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Write a comment on the selected figure (the reviewer is recorded); the community sees it next to that figure after importing the receipt</translation>
    </message>
    <message>
        <source>正在统计{0}…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Compiling figures for {0}…</translation>
    </message>
    <message>
        <source>统计已取消。点“刷新”再统计一次。</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Statistics cancelled. Click “Refresh” to compile them again.</translation>
    </message>
    <message>
        <source>正在统计各社区的情况…</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Compiling the status of all communities…</translation>
    </message>
    <message>
        <source>（证书已吊销）</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation> (certificate revoked)</translation>
    </message>
    <message>
        <source>第 {0} 号（{1}）</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>No. {0} ({1})</translation>
    </message>
    <message>
        <source>，有缺口</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>, with gaps</translation>
    </message>
    <message>
        <source>尚未收到</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Not yet received</translation>
    </message>
    <message>
        <source>共收到 {0} 个数据包</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>{0} bundles received in total</translation>
    </message>
    <message>
        <source>已报送</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>未报送</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>逾期报送</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Sent late</translation>
    </message>
    <message>
        <source>（已过期限）</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation> (past deadline)</translation>
    </message>
    <message>
        <source>（第 {0} 版）</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation> (version {0})</translation>
    </message>
    <message>
        <source>到达时间：{0}</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Arrived: {0}</translation>
    </message>
    <message>
        <source>无数据</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>No data</translation>
    </message>
    <message>
        <source>{0}，报送期限 {1}。双击一个社区查看它的数据。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>{0}, deadline {1}. Double-click a community to view its data.</translation>
    </message>
    <message>
        <source>还没有登记任何社区：请在“社区名单”中登记。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>No communities registered yet: register them under “Communities”.</translation>
    </message>
    <message>
        <source>选择一个社区查看详情</source>
        <extracomment>desktop/city/status_tab.py</extracomment>
        <translation>Select a community to view details</translation>
    </message>
    <message>
        <source>&#x3000;证书已吊销</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation> Certificate revoked</translation>
    </message>
    <message>
        <source>最近数据包：第 {0} 号，{1} 导入；共收到 {2} 个。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Latest bundle: No. {0}, imported {1}; {2} received in total.</translation>
    </message>
    <message>
        <source>还没有收到这个社区的数据包。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>No bundles received from this community yet.</translation>
    </message>
    <message>
        <source>缺口：{0}</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>Gap: {0}</translation>
    </message>
    <message>
        <source>待处理的同步冲突 {0} 处（见“同步冲突”）。</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>{0} sync conflicts pending (see “Sync conflicts”).</translation>
    </message>
    <message>
        <source>还没有这个社区的数据</source>
        <extracomment>desktop/city/status_state.py</extracomment>
        <translation>No data from this community yet</translation>
    </message>
    <message>
        <source>社区名单无法读取</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Cannot read the community list</translation>
    </message>
    <message>
        <source>已吊销（{0}，{1}）</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Revoked ({0}, {1})</translation>
    </message>
    <message>
        <source>有效</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>共 {0} 个社区。</source>
        <extracomment>desktop/city/registry_tab.py</extracomment>
        <translation>{0} communities in total.</translation>
    </message>
    <message>
        <source>共 {0} 个。</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>{0} in total.</translation>
    </message>
    <message>
        <source>还没有导入过数据包。</source>
        <extracomment>desktop/city/imports_tab.py</extracomment>
        <translation>No bundles have been imported yet.</translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>命令已完成。</source>
        <extracomment>desktop/shell/command_output.py</extracomment>
        <translation>The command finished.</translation>
    </message>
    <message>
        <source>命令没有完成（退出代码 {0}）。</source>
        <extracomment>desktop/shell/command_output.py</extracomment>
        <translation>The command did not finish (exit code {0}).</translation>
    </message>
    <message>
        <source>命令：{0}</source>
        <extracomment>desktop/shell/command_output.py</extracomment>
        <translation>Command: {0}</translation>
    </message>
    <message>
        <source>（没有输出）</source>
        <extracomment>desktop/shell/command_output.py</extracomment>
        <translation>(no output)</translation>
    </message>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/shell/command_output.py</extracomment>
        <translation>Shequ</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>{0}（第 {1} 版）</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <source>这条记录属于{0}，该报告期的报表已由市级审核通过并锁定，不能修改。
如需更正，请由管理员申请解锁。</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>This record belongs to {0}; the return for that reporting period has been accepted by the city and locked, so it cannot be changed.
To correct it, an administrator must ask to unlock it.</translation>
    </message>
    <message>
        <source>报告期已锁定</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>Reporting period locked</translation>
    </message>
    <message>
        <source>{0}
（请让管理员登录后申请解锁。）</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>{0}
(Ask an administrator to sign in and ask to unlock it.)</translation>
    </message>
    <message>
        <source>申请解锁…</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>Ask to unlock…</translation>
    </message>
    <message>
        <source>市级已接收这个报告期的报表，并已同意解锁：{0}。
这次改动会作为更正报表报送市级，由市级审核。
请写明原因（会印在更正报表的变更说明里）：</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>The city has received the return for this reporting period and has granted unlocking: {0}.
This change will be sent to the city as a corrected return for the city to review.
Please write the reason (it is printed in the corrected return&apos;s list of changes):</translation>
    </message>
    <message>
        <source>{0}
（同时涉及已签署的报表：{1}。）</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>{0}
(This also affects signed returns: {1}.)</translation>
    </message>
    <message>
        <source>更正市级已接收的报表</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>Correcting a return the city has accepted</translation>
    </message>
    <message>
        <source>这条记录已计入已签署的报表：{0}。
修改或删除后，需要报送更正报表。
请写明原因（会印在更正报表的变更说明里）：</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>This record was counted in a signed return: {0}.
After changing or deleting it, a corrected return must be sent.
Please write the reason (it is printed in the corrected return&apos;s list of changes):</translation>
    </message>
    <message>
        <source>这条记录的日期在已签署报表的报告期内：{0}。
新增、修改、删除或恢复后，需要报送更正报表。
请写明原因（会印在更正报表的变更说明里）：</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>This record&apos;s date falls in the reporting period of a signed return: {0}.
After adding, changing, deleting or restoring it, a corrected return must be sent.
Please write the reason (it is printed in the corrected return&apos;s list of changes):</translation>
    </message>
    <message>
        <source>修改已签署报表中的记录</source>
        <extracomment>desktop/ledgers/corrections.py</extracomment>
        <translation>Changing a record in a signed return</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>标准 {0}</source>
        <extracomment>desktop/home/pillars.py</extracomment>
        <translation>Standard {0}</translation>
    </message>
    <message>
        <source>签署报表前还需处理</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Before signing the return</translation>
    </message>
    <message>
        <source>台账</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>记录</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>问题</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>签署报表前还需处理的问题</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Items to deal with before signing the return</translation>
    </message>
    <message>
        <source>错误</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>检查没有完成：{0}</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>The check did not finish: {0}</translation>
    </message>
    <message>
        <source>可以签署报表</source>
        <extracomment>desktop/home/dashboard.py, desktop/home/signing_view.py</extracomment>
        <translation>Ready to sign the return</translation>
    </message>
    <message>
        <source>正在打开数据，稍后可选择其他报告期</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>Opening the data; you can choose another reporting period shortly</translation>
    </message>
    <message>
        <source>正在计算…</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>以下为 {0} 的结果，正在更新…</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>Showing the results for {0}; updating…</translation>
    </message>
    <message>
        <source>{0}月{1}日 {2}</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>{0}-{1} {2}</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日 {3}</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>{0}-{1}-{2} {3}</translation>
    </message>
    <message>
        <source>{0} 个错误必须先改正</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Errors to correct first: {0}</translation>
    </message>
    <message>
        <source>{0} 条提醒需写明说明</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Warnings needing an explanation: {0}</translation>
    </message>
    <message>
        <source>市级意见 {0} 条，请逐条查看</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>{0} comments from the city; please look at each one</translation>
    </message>
    <message>
        <source>街道意见 {0} 条，请逐条查看</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>{0} comments from the street; please look at each one</translation>
    </message>
    <message>
        <source>街道和市级意见 {0} 条，请逐条查看</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>{0} comments from the street and the city; please look at each one</translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>打开报表页</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Open Returns</translation>
    </message>
    <message>
        <source>还有 {0} 项未列出；报表页列出全部。</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>{0} more not listed; the Returns page lists them all.</translation>
    </message>
    <message>
        <source>点一项即可打开要改的记录；提醒的说明在报表页填写。</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Click an item to open the record to correct; explanations for warnings are written on the Returns page.</translation>
    </message>
    <message>
        <source>市级意见</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>City&apos;s comment</translation>
    </message>
    <message>
        <source>街道意见</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Street&apos;s comment</translation>
    </message>
    <message>
        <source>市级意见：{0}</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>City&apos;s comment: {0}</translation>
    </message>
    <message>
        <source>街道意见：{0}</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Street&apos;s comment: {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>（这一项不在台账中修改）</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>(This is not corrected in a ledger.)</translation>
    </message>
    <message>
        <source>点击或按回车打开这条记录</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Click or press Enter to open this record</translation>
    </message>
    <message>
        <source>点击或按回车打开这本台账</source>
        <extracomment>desktop/home/signing_view.py</extracomment>
        <translation>Click or press Enter to open this ledger</translation>
    </message>
    <message>
        <source>{0} “三有一化”达标情况</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>{0} “Three Haves, One Standard” results</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>报告期：</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>{0}总体：&lt;b style=&apos;color:{1}&apos;&gt;{2}&lt;/b&gt;&#x3000;（按本期有效的市级标准评判）</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>{0} overall: &lt;b style=&apos;color:{1}&apos;&gt;{2}&lt;/b&gt;&#x2003;(judged by the city standards in force for the period)</translation>
    </message>
    <message>
        <source>程序出错，详见错误报告</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>The program ran into an error; see the error report</translation>
    </message>
    <message>
        <source>签署报表前的检查：正在检查…</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>Checking before signing…</translation>
    </message>
    <message>
        <source>签署报表前还需处理 {0} 项</source>
        <extracomment>desktop/home/dashboard.py</extracomment>
        <translation>To deal with before signing: {0}</translation>
    </message>
    <message>
        <source>达标</source>
        <extracomment>desktop/common/figures.py</extracomment>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <extracomment>desktop/common/figures.py</extracomment>
        <translation>Not met</translation>
    </message>
    <message>
        <source>需说明</source>
        <extracomment>desktop/common/figures.py, desktop/home/signing_view.py</extracomment>
        <translation>To explain</translation>
    </message>
</context>
<context>
    <name>Drives</name>
    <message>
        <source>保存到</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>Save to</translation>
    </message>
    <message>
        <source>刷新</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>插入或拔出 U 盘后，点这里重新查找</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>After inserting or removing a USB drive, click here to search again</translation>
    </message>
    <message>
        <source>没有找到 U 盘：请插入 U 盘后点“刷新”</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>No USB drive found: insert a USB drive and click “Refresh”</translation>
    </message>
    <message>
        <source>文件夹（{0}）</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>Folder ({0})</translation>
    </message>
    <message>
        <source>其他位置…</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>Other location…</translation>
    </message>
    <message>
        <source>选择保存交换文件的文件夹</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>Choose a folder for saving exchange files</translation>
    </message>
    <message>
        <source>U 盘</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>USB drive</translation>
    </message>
    <message>
        <source>磁盘</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>Disk</translation>
    </message>
    <message>
        <source>{0}，可用 {1}</source>
        <extracomment>desktop/common/drives.py</extracomment>
        <translation>{0}, {1} free</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>没有恢复</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>撤销</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>恢复刚删除的记录（Ctrl+Z）</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Bring back the record just deleted (Ctrl+Z)</translation>
    </message>
    <message>
        <source>已删除“{0}”</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Deleted “{0}”</translation>
    </message>
    <message>
        <source>已恢复“{0}”；上一条删除的是“{1}”</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Restored “{0}”; the one deleted before it was “{1}”</translation>
    </message>
    <message>
        <source>已恢复“{0}”</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Restored “{0}”</translation>
    </message>
    <message>
        <source>撤销删除</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>要删除{0}“{1}”吗？
删除后可以在窗口底部点“撤销”（或按 Ctrl+Z）恢复。</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Delete the {0} “{1}”?
You can bring it back with “Undo” at the bottom of the window (or Ctrl+Z).</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除记录</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>没有删除</source>
        <extracomment>desktop/ledgers/deletions.py</extracomment>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>社区台账遇到内部错误</source>
        <extracomment>desktop/shell/crash_dialog.py</extracomment>
        <translation>Community Ledgers ran into an internal error</translation>
    </message>
    <message>
        <source>程序遇到了一个意外错误：{0}</source>
        <extracomment>desktop/shell/crash_dialog.py</extracomment>
        <translation>The program ran into an unexpected error: {0}</translation>
    </message>
    <message>
        <source>详细信息已记录在：{0}</source>
        <extracomment>desktop/shell/crash_dialog.py</extracomment>
        <translation>The details were written to: {0}</translation>
    </message>
    <message>
        <source>请把下面的详细信息复制给技术人员。您可以继续使用，但建议保存工作后重新打开程序。</source>
        <extracomment>desktop/shell/crash_dialog.py</extracomment>
        <translation>Please copy the details below and send them to your technical support. You can carry on, but it is best to save your work and restart the program.</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <extracomment>desktop/shell/crash_dialog.py</extracomment>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>导出数据包</source>
        <extracomment>desktop/exchange/export.py, desktop/exchange/panels.py</extracomment>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>请输入本社区的签名口令：数据包用本社区的密钥签名，市里据此确认数据来自本社区。</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Enter this community’s signing passphrase: the bundle is signed with this community’s key so that the city can confirm the data comes from this community.</translation>
    </message>
    <message>
        <source>导出</source>
        <extracomment>desktop/exchange/export.py, desktop/exchange/texts.py</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>设定交换口令</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Set Exchange Passphrase</translation>
    </message>
    <message>
        <source>给这个数据包设定一个交换口令（至少 {0} 个字符）：它加密 U 盘上的文件，在另一台电脑导入时要输入同一个口令。请不要把口令写在 U 盘上。</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Set an exchange passphrase for this bundle (at least {0} characters). It encrypts the file on the USB drive, and the same passphrase must be entered when importing on the other computer. Do not write the passphrase on the USB drive.</translation>
    </message>
    <message>
        <source>交换口令：</source>
        <extracomment>desktop/exchange/export.py, desktop/exchange/imports.py</extracomment>
        <translation>Exchange passphrase:</translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Exporting bundle…</translation>
    </message>
    <message>
        <source>没有导出</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>报送市级的</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>For the city</translation>
    </message>
    <message>
        <source>给本社区另一台电脑的</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>For another computer in this community</translation>
    </message>
    <message>
        <source>全部数据</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>all data</translation>
    </message>
    <message>
        <source>增量（市里确认收到之后的改动）</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Incremental (changes since the city confirmed receipt)</translation>
    </message>
    <message>
        <source>文件：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>范围：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Scope: {0}</translation>
    </message>
    <message>
        <source>内容：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Contents: {0}</translation>
    </message>
    <message>
        <source>其中签署的报表 {0} 份，已标记为“已报送”。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Including {0} signed returns, now marked as “Sent”.</translation>
    </message>
    <message>
        <source>下一步：在另一台电脑的“数据交换”页点“导入交换文件…”，输入刚才设定的交换口令。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Next: on the other computer, click “Import exchange file…” on the “Data exchange” page and enter the exchange passphrase you just set.</translation>
    </message>
    <message>
        <source>下一步：把 U 盘交给市委组织部导入；市里的回执拿回来后在这里导入。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Next: give the USB drive to the Organization Department to import; when the city&apos;s receipt comes back, import it here.</translation>
    </message>
    <message>
        <source>已导出{0}第 {1} 号数据包：{2}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Exported bundle No. {1} ({0}): {2}</translation>
    </message>
    <message>
        <source>交换文件 (*.shequ);;所有文件 (*)</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Exchange files (*.shequ);;All files (*)</translation>
    </message>
    <message>
        <source>选择要导入的交换文件</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Choose an Exchange File to Import</translation>
    </message>
    <message>
        <source>没有导入</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>导入另一台电脑的数据包</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Import a bundle from another computer</translation>
    </message>
    <message>
        <source>请输入导出这个数据包时设定的交换口令。</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Enter the exchange passphrase that was set when this bundle was exported.</translation>
    </message>
    <message>
        <source>导入</source>
        <extracomment>desktop/exchange/imports.py, desktop/exchange/texts.py</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>这是社区 {0} 报送市级的第 {1} 号数据包，只能在市委组织部导入；没有做任何修改。</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>This is bundle No. {1} submitted to the city by community {0}. It can only be imported by the City Organization Department. Nothing was changed.</translation>
    </message>
    <message>
        <source>这个文件的种类无法识别（{0}），没有做任何修改。</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>The type of this file is not recognized ({0}). Nothing was changed.</translation>
    </message>
    <message>
        <source>导入市级回执</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Import city receipt</translation>
    </message>
    <message>
        <source>请输入本社区的签名口令：市级回执用本社区的证书加密，要用本社区的密钥打开。</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Enter this community’s signing passphrase: the city’s receipt is encrypted with this community’s certificate and can only be opened with this community’s key.</translation>
    </message>
    <message>
        <source>正在导入市级回执…</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Importing city receipt…</translation>
    </message>
    <message>
        <source>这份回执以前已经导入过</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>This receipt has already been imported</translation>
    </message>
    <message>
        <source>已导入市级回执：有报表被退回</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>City receipt imported: some returns were sent back</translation>
    </message>
    <message>
        <source>已导入市级第 {0} 号回执</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Imported city receipt No. {0}</translation>
    </message>
    <message>
        <source>回执没有导入</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Receipt not imported</translation>
    </message>
    <message>
        <source>正在导入 {0}…</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <source>这个数据包以前已经导入过</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>This bundle has already been imported</translation>
    </message>
    <message>
        <source>已导入另一台电脑的第 {0} 号数据包</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Imported bundle No. {0} from the other computer</translation>
    </message>
    <message>
        <source>等待缺少的数据包</source>
        <extracomment>desktop/common/exchange_texts.py, desktop/exchange/imports.py</extracomment>
        <translation>Waiting for missing bundles</translation>
    </message>
    <message>
        <source>拿到缺少的数据包后，先导入它，再导入这个文件。</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Once you have the missing bundle, import it first, then import this file.</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>冲突没有处理</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Conflict not resolved</translation>
    </message>
    <message>
        <source>保留了本机的版本</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Kept this computer&apos;s version</translation>
    </message>
    <message>
        <source>采用了对方的版本</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Used the incoming version</translation>
    </message>
    <message>
        <source>已处理冲突：{0}</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Conflict resolved: {0}</translation>
    </message>
    <message>
        <source>社区 {0} 的第 {1} 号数据包还没有导入，这个文件要在它之后导入；没有做任何修改。</source>
        <extracomment>desktop/common/exchange_texts.py</extracomment>
        <translation>Bundle No. {1} from community {0} has not been imported yet, and this file must be imported after it; no changes were made.</translation>
    </message>
    <message>
        <source>缺少更早的数据包</source>
        <extracomment>desktop/common/exchange_texts.py</extracomment>
        <translation>Earlier bundles are missing</translation>
    </message>
    <message>
        <source>最好等缺少的数据包送来，先导入它。如果确认它已经丢失，也可以现在导入，缺口会记在导入记录里（之后可以请对方导出全部数据补齐）。</source>
        <extracomment>desktop/common/exchange_texts.py</extracomment>
        <translation>It is best to wait for the missing bundle and import it first. If you are sure it has been lost, you can import now; the gap will be noted in the import log (you can later ask the other side to export all data to fill it).</translation>
    </message>
    <message>
        <source>记录缺口后导入</source>
        <extracomment>desktop/common/exchange_texts.py</extracomment>
        <translation>Import and record the gap</translation>
    </message>
    <message>
        <source>{0} {1} 条</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0}: {1} records</translation>
    </message>
    <message>
        <source>报表 {0} 份</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} returns</translation>
    </message>
    <message>
        <source>修改记录 {0} 条</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} changed records</translation>
    </message>
    <message>
        <source>没有新的改动</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>No new changes</translation>
    </message>
    <message>
        <source>数据交换</source>
        <extracomment>desktop/exchange/host.py, desktop/exchange/page.py</extracomment>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>社区没有网络，数据用 U 盘送到市委组织部：在这里导出数据包，市里导入后写回执，把回执拿回来在这里导入，就知道报表是否被接收。</source>
        <extracomment>desktop/exchange/page.py</extracomment>
        <translation>The community has no network connection, so data goes to the Organization Department on a USB drive: export a bundle here; the city imports it and writes a receipt; bring the receipt back and import it here to see whether your returns were accepted.</translation>
    </message>
    <message>
        <source>报表状态</source>
        <extracomment>desktop/exchange/page.py, desktop/exchange/panels.py</extracomment>
        <translation>Return status</translation>
    </message>
    <message>
        <source>交换记录</source>
        <extracomment>desktop/exchange/page.py, desktop/exchange/panels.py</extracomment>
        <translation>Exchange log</translation>
    </message>
    <message>
        <source>同步冲突</source>
        <extracomment>desktop/exchange/page.py</extracomment>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>去报表页修改并重新签署</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Go to the Returns page to correct and sign again</translation>
    </message>
    <message>
        <source>U 盘</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>USB drive</translation>
    </message>
    <message>
        <source>导出的数据包和注册申请保存在这里；导入时也先在这里找文件。</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Exported bundles and registration requests are saved here; imports also look for files here first.</translation>
    </message>
    <message>
        <source>本社区的证书</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>This community&apos;s certificate</translation>
    </message>
    <message>
        <source>这份街道回执比已导入的旧</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>This street receipt is older than one already imported</translation>
    </message>
    <message>
        <source>已导入街道回执：有报表被街道退回</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Street receipt imported: some returns were sent back by the street</translation>
    </message>
    <message>
        <source>已导入街道回执：街道审核认为有报表有问题</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Street receipt imported: the street&apos;s review found a problem with a return</translation>
    </message>
    <message>
        <source>已导入街道第 {0} 号回执</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Imported street receipt No. {0}</translation>
    </message>
    <message>
        <source>已导入市级回执：市级审核认为有报表有问题</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>City receipt imported: the city&apos;s review found a problem with a return</translation>
    </message>
    <message>
        <source>导入街道回执</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Import street receipt</translation>
    </message>
    <message>
        <source>请输入本社区的签名口令：街道回执用本社区的证书加密，要用本社区的密钥打开。</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Enter this community’s signing passphrase: the street’s receipt is encrypted with this community’s certificate and can only be opened with this community’s key.</translation>
    </message>
    <message>
        <source>正在导入街道回执…</source>
        <extracomment>desktop/exchange/imports.py</extracomment>
        <translation>Importing street receipt…</translation>
    </message>
    <message>
        <source>颁发单位：</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>有效期至：</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>密钥指纹：</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>市级根证书指纹：</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>City root certificate fingerprint:</translation>
    </message>
    <message>
        <source>生成注册申请…</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Create registration request…</translation>
    </message>
    <message>
        <source>生成证书申请文件，保存到 U 盘，交市委组织部颁发证书</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Create a certificate request file and save it to a USB drive for the Organization Department to issue a certificate</translation>
    </message>
    <message>
        <source>安装证书…</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Install certificate…</translation>
    </message>
    <message>
        <source>安装市委组织部颁发的证书文件（&lt;代码&gt;-certificate.json）</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Install the certificate file issued by the Organization Department (&lt;community-code&gt;-certificate.json)</translation>
    </message>
    <message>
        <source>换一把新密钥（证书被吊销或密钥丢失时）</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Switch to a new key (if the certificate was revoked or the key was lost)</translation>
    </message>
    <message>
        <source>报送市委组织部</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Send to the Organization Department</translation>
    </message>
    <message>
        <source>给本社区的另一台电脑</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>To another computer in this community</translation>
    </message>
    <message>
        <source>全部数据（不只是市里确认收到之后的改动）</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>All data (not just changes since the city confirmed receipt)</translation>
    </message>
    <message>
        <source>导出数据包…</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <source>导入交换文件</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <source>导入交换文件…</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Import exchange file…</translation>
    </message>
    <message>
        <source>市委组织部的回执（city-&lt;代码&gt;-&lt;编号&gt;.shequ）：确认收到的数据包、报表接收或退回、新的市级标准。街道的回执（&lt;代码&gt;-street-ack-&lt;编号&gt;.shequ）：街道审核通过或退回、街道的意见。本社区另一台电脑导出的数据包（&lt;代码&gt;-device-&lt;编号&gt;.shequ）：合并两台电脑的台账。</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Receipts from the City Organization Department (city-&lt;code&gt;-&lt;number&gt;.shequ): bundles confirmed received, returns received or sent back, new city standards. Receipts from the street (&lt;code&gt;-street-ack-&lt;number&gt;.shequ): returns accepted or sent back by the street, the street&apos;s comments. Bundles exported from another computer of this community (&lt;code&gt;-device-&lt;number&gt;.shequ): merge the ledgers of the two computers.</translation>
    </message>
    <message>
        <source>市级处理</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>City action</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>版本</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>情况</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>方向</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Direction</translation>
    </message>
    <message>
        <source>时间</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>种类</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>编号</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>不同的内容</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Differing content</translation>
    </message>
    <message>
        <source>台账</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>对方版本</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Other computer&apos;s version</translation>
    </message>
    <message>
        <source>本机版本</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>This computer&apos;s version</translation>
    </message>
    <message>
        <source>记录</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>保留本机的</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Keep this computer&apos;s</translation>
    </message>
    <message>
        <source>采用对方的</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>Use incoming</translation>
    </message>
    <message>
        <source>两台电脑改了同一条记录时，导入不会覆盖本机的内容，而是把两边都保留在这里。请逐条选择保留哪一边；选定的内容在下次交换时也会送到另一台电脑。</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>When two computers change the same record, importing does not overwrite this computer&apos;s content; both versions are kept here instead. Choose which one to keep for each record; your choice will also be sent to the other computer at the next exchange.</translation>
    </message>
    <message>
        <source>还没有签名密钥</source>
        <extracomment>desktop/exchange/export.py, desktop/exchange/texts.py</extracomment>
        <translation>No signing key yet</translation>
    </message>
    <message>
        <source>点“生成注册申请…”生成本社区的签名密钥和证书申请文件，把申请文件交给市委组织部。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Click “Create registration request…” to create this community&apos;s signing key and certificate request file, then give the request file to the Organization Department.</translation>
    </message>
    <message>
        <source>自签名证书：市委组织部尚未颁发证书</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Self-signed certificate: the City Organization Department has not issued a certificate yet</translation>
    </message>
    <message>
        <source>可以签署报表，但还不能报送市级。请点“生成注册申请…”，把申请文件交给市委组织部；市里颁发证书后点“安装证书…”安装。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>You can sign returns but cannot send them to the city yet. Click “Create registration request…” and give the request file to the Organization Department; once the city has issued a certificate, click “Install certificate…” to install it.</translation>
    </message>
    <message>
        <source>市级颁发的证书</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Certificate issued by the city</translation>
    </message>
    <message>
        <source>签署的报表和导出的数据包都使用这个证书，市里可以确认它们来自本社区。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Signed returns and exported bundles both use this certificate, so the city can confirm that they come from this community.</translation>
    </message>
    <message>
        <source>市委组织部退回了 {0} 份报表，请修改后重新签署、报送</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The Organization Department sent back {0} returns; please correct them, then sign and send them again</translation>
    </message>
    <message>
        <source>{0}“{1}”</source>
        <extracomment>desktop/exchange/review_comments.py</extracomment>
        <translation>{0} “{1}”</translation>
    </message>
    <message>
        <source>{0}中的一条记录（已不在本机）</source>
        <extracomment>desktop/exchange/review_comments.py</extracomment>
        <translation>A record in {0} (no longer on this computer)</translation>
    </message>
    <message>
        <source>{0}（{1}），{2}</source>
        <extracomment>desktop/exchange/review_comments.py</extracomment>
        <translation>{0} ({1}), {2}</translation>
    </message>
    <message>
        <source>{0}：{1}（{2}）</source>
        <extracomment>desktop/exchange/review_comments.py</extracomment>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>市级意见</source>
        <extracomment>desktop/exchange/review_comments.py</extracomment>
        <translation>City&apos;s comment</translation>
    </message>
    <message>
        <source>市级审核认为 {0} 份报表需要修改（退回或有问题），请修改后重新签署、报送</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The city&apos;s review says {0} returns need changes (sent back or has a problem); please correct them, then sign and send them again</translation>
    </message>
    <message>
        <source>{0}报表（第 {1} 版）市级审核认为有问题：{2}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The city&apos;s review found a problem with the return for {0} (version {1}): {2}</translation>
    </message>
    <message>
        <source>{0}报表（第 {1} 版）退回原因：{2}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} return (version {1}) sent back. Reason: {2}</translation>
    </message>
    <message>
        <source>（未写原因）</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>已接收，该报告期已锁定，不能修改；如需更正，由管理员申请解锁（见“锁定与解锁”）</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Received; this reporting period is locked and cannot be changed. To correct it, an administrator asks to unlock it (see “Locking and unlocking”)</translation>
    </message>
    <message>
        <source>待审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>市级审核认为有问题：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The city&apos;s review found a problem: {0}</translation>
    </message>
    <message>
        <source>{0}：已取消，没有导入。</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>{0}: cancelled, not imported.</translation>
    </message>
    <message>
        <source>已导入过</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>已导入</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>等待</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已取消</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>没有导入。</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Not imported.</translation>
    </message>
    <message>
        <source>拒收</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>导入 {0} 个</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>{0} imported</translation>
    </message>
    <message>
        <source>以前已导入过 {0} 个（没有改动）</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>{0} already imported earlier (no changes)</translation>
    </message>
    <message>
        <source>等待缺少的数据包 {0} 个</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>Waiting for {0} missing bundles</translation>
    </message>
    <message>
        <source>拒收 {0} 个</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>{0} rejected</translation>
    </message>
    <message>
        <source>取消 {0} 个</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>{0} cancelled</translation>
    </message>
    <message>
        <source>{0} 个文件：</source>
        <extracomment>desktop/common/import_run.py</extracomment>
        <translation>{0} files:</translation>
    </message>
    <message>
        <source>签署的报表导出后为“已报送”；导入市级回执后显示市里的处理：已接收（该报告期锁定）或退回（写明原因）。经街道报送的报表，导入街道回执后还显示街道的审核。</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>A signed return shows “Sent” once exported; after you import the city&apos;s receipt it shows what the city did: received (the reporting period is locked) or sent back (with a reason). For returns sent through the street, importing the street&apos;s receipt also shows the street&apos;s review.</translation>
    </message>
    <message>
        <source>街道意见</source>
        <extracomment>desktop/exchange/review_comments.py</extracomment>
        <translation>Street&apos;s comment</translation>
    </message>
    <message>
        <source>街道审核认为 {0} 份报表需要修改（退回或有问题），请修改后重新签署、报送</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The street&apos;s review says {0} returns need changes (sent back or has a problem); please correct them, then sign and send them again</translation>
    </message>
    <message>
        <source>{0}报表（第 {1} 版）街道审核认为有问题：{2}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The street&apos;s review found a problem with the return for {0} (version {1}): {2}</translation>
    </message>
    <message>
        <source>{0}报表（第 {1} 版）街道退回原因：{2}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} return (version {1}) sent back by the street. Reason: {2}</translation>
    </message>
    <message>
        <source>（{0}，{1}）</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation> ({0}, {1})</translation>
    </message>
    <message>
        <source>街道：{0}{1}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Street: {0}{1}</translation>
    </message>
    <message>
        <source>：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>: {0}</translation>
    </message>
    <message>
        <source>街道：待审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Street: pending review</translation>
    </message>
    <message>
        <source>市级：{0}{1}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City: {0}{1}</translation>
    </message>
    <message>
        <source>市级：待审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City: pending review</translation>
    </message>
    <message>
        <source>市级：街道转报后由市级审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City: reviewed by the city after the street forwards it</translation>
    </message>
    <message>
        <source>市级：街道审核通过后转报市级</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City: forwarded to the city once the street accepts it</translation>
    </message>
    <message>
        <source>市级审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City review</translation>
    </message>
    <message>
        <source>街道审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Street review</translation>
    </message>
    <message>
        <source>退回原因：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Reason for return: {0}</translation>
    </message>
    <message>
        <source>街道审核认为有问题：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The street&apos;s review found a problem: {0}</translation>
    </message>
    <message>
        <source>街道退回原因：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Sent back by the street. Reason: {0}</translation>
    </message>
    <message>
        <source>市级已收到，正在审核；审核通过后该报告期才锁定</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Received by the city and being reviewed; the reporting period is locked only once the return is accepted</translation>
    </message>
    <message>
        <source>街道审核通过，等待市级审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Accepted by the street, waiting for the city&apos;s review</translation>
    </message>
    <message>
        <source>街道已收到，正在审核</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Received by the street and being reviewed</translation>
    </message>
    <message>
        <source>已导出给市级，等待市级回执</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Exported for the city; awaiting the city&apos;s receipt</translation>
    </message>
    <message>
        <source>还没有导出给市级</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Nothing has been exported to the city yet</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>共 {0} 份签署的报表。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} signed returns in total.</translation>
    </message>
    <message>
        <source>还没有签署过报表。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>No return has been signed yet.</translation>
    </message>
    <message>
        <source>报送市级</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Send to the city</translation>
    </message>
    <message>
        <source>设备之间</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Between devices</translation>
    </message>
    <message>
        <source>增量</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>完整</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Full</translation>
    </message>
    <message>
        <source>市级已确认收到（{0}）</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Receipt confirmed by the city ({0})</translation>
    </message>
    <message>
        <source>等待市级确认</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Awaiting city confirmation</translation>
    </message>
    <message>
        <source>记录 {0} 条</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>街道回执</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Street receipt</translation>
    </message>
    <message>
        <source>街道收到数据包 {0} 个，审核通过 {1} 份，退回 {2} 份</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The street received {0} bundles; {1} returns accepted, {2} sent back</translation>
    </message>
    <message>
        <source>市级回执</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City receipt</translation>
    </message>
    <message>
        <source>确认收到数据包 {0} 个，接收报表 {1} 份，退回 {2} 份</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Confirmed receipt of {0} bundles; {1} returns accepted, {2} sent back</translation>
    </message>
    <message>
        <source>另一台电脑的数据</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Data from the other computer</translation>
    </message>
    <message>
        <source>缺口：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Gap: {0}</translation>
    </message>
    <message>
        <source>共 {0} 条。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>{0} records in total.</translation>
    </message>
    <message>
        <source>还没有导出或导入过交换文件。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>No exchange files have been exported or imported yet.</translation>
    </message>
    <message>
        <source>无</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>已锁定的报告期：{0}</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>Locked reporting periods: {0}</translation>
    </message>
    <message>
        <source>只有管理员可以申请解锁</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>Only an administrator can ask to unlock</translation>
    </message>
    <message>
        <source>{0}：市级已同意解锁（{1}），可以更正后重新签署报送</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>{0}: the city granted unlocking ({1}); you can correct it, then sign and send it again</translation>
    </message>
    <message>
        <source>{0}：已申请解锁（{1}），等待市级同意。原因：{2}</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>{0}: unlock requested ({1}), waiting for the city to grant it. Reason: {2}</translation>
    </message>
    <message>
        <source>锁定与解锁</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>Locking and unlocking</translation>
    </message>
    <message>
        <source>要解锁的报告期</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>Reporting period to unlock</translation>
    </message>
    <message>
        <source>申请解锁…</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>Ask to unlock…</translation>
    </message>
    <message>
        <source>市级审核通过的报告期已锁定，不能修改。如需更正，由管理员申请解锁，市级同意后即可更正。</source>
        <extracomment>desktop/exchange/unlock.py</extracomment>
        <translation>Reporting periods the city has accepted are locked and cannot be changed. To correct one, an administrator asks to unlock it; once the city grants it, you can make the correction.</translation>
    </message>
    <message>
        <source>{0}：本机“{1}”，对方“{2}”</source>
        <extracomment>desktop/exchange/panels.py</extracomment>
        <translation>{0}: this computer “{1}”, other computer “{2}”</translation>
    </message>
    <message>
        <source>没有完成</source>
        <extracomment>desktop/exchange/host.py</extracomment>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>数据包用本社区的密钥签名、用市委组织部的证书加密，只有市里能打开；身份证号、电话、住址不会报送。平时只导出市里确认收到之后的改动；第一次或市里要求时选“全部数据”。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Bundles are signed with this community&apos;s key and encrypted with the Organization Department&apos;s certificate, so only the city can open them; ID numbers, phone numbers and addresses are not sent. Normally only changes since the city confirmed receipt are exported; choose “All data” the first time or when the city asks for it.</translation>
    </message>
    <message>
        <source>把本机的台账带到本社区的另一台电脑（包含全部内容），用你设定的交换口令加密。在另一台电脑上点“导入交换文件…”，输入同一个口令。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Take this computer&apos;s ledgers (all content) to another computer in this community, encrypted with an exchange passphrase you set. On the other computer, click “Import exchange file…” and enter the same passphrase.</translation>
    </message>
    <message>
        <source>没有选择 U 盘</source>
        <extracomment>desktop/exchange/host.py</extracomment>
        <translation>No USB drive selected</translation>
    </message>
    <message>
        <source>请插入 U 盘后点“刷新”，或选择“其他位置…”。</source>
        <extracomment>desktop/exchange/host.py</extracomment>
        <translation>Insert a USB drive and click “Refresh”, or choose “Other location…”.</translation>
    </message>
    <message>
        <source>找不到 U 盘</source>
        <extracomment>desktop/exchange/host.py</extracomment>
        <translation>USB drive not found</translation>
    </message>
    <message>
        <source>{0} 不存在或已拔出。请插好 U 盘后点“刷新”，或选择“其他位置…”。</source>
        <extracomment>desktop/exchange/host.py</extracomment>
        <translation>{0} does not exist or has been removed. Insert the USB drive and click “Refresh”, or choose “Other location…”.</translation>
    </message>
    <message>
        <source>现在为本社区生成签名密钥。请设定签名口令（至少 8 个字符）：它加密保护密钥，以后签署报表、导出数据包都要输入。请牢记并妥善保管。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>A signing key will now be created for this community. Set a signing passphrase (at least 8 characters): it encrypts and protects the key, and you will need to enter it whenever you sign a return or export a bundle. Remember it and keep it safe.</translation>
    </message>
    <message>
        <source>请输入本社区的签名口令：申请文件要用本社区的密钥签名。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Enter this community’s signing passphrase: the request file must be signed with this community’s key.</translation>
    </message>
    <message>
        <source>原来的密钥将停用（保存在 keys/retired 中，已签署的报表仍可核验），换用新密钥，需要市里重新颁发证书。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The old key will be retired (kept in keys/retired, so returns already signed can still be verified) and a new key will be used; the city will need to issue a new certificate.</translation>
    </message>
    <message>
        <source>生成注册申请</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Create registration request</translation>
    </message>
    <message>
        <source>生成申请</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Create request</translation>
    </message>
    <message>
        <source>已生成注册申请：{0}</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Registration request created: {0}</translation>
    </message>
    <message>
        <source>保存在：{0}
密钥指纹：{1}（市里颁发证书时会显示同样的指纹，可以电话核对）
下一步：把这个文件交给市委组织部；市里颁发证书后，点“安装证书…”安装。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Saved to: {0}
Key fingerprint: {1} (the city will see the same fingerprint when issuing the certificate; you can confirm it by phone)
Next: give this file to the Organization Department; once the city has issued the certificate, click “Install certificate…” to install it.</translation>
    </message>
    <message>
        <source>正在生成注册申请…</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Creating registration request…</translation>
    </message>
    <message>
        <source>证书文件 (*.json);;所有文件 (*)</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Certificate files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>选择市里颁发的证书文件</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Choose the Certificate File Issued by the City</translation>
    </message>
    <message>
        <source>社区 {0}，由“{1}”颁发，有效期至 {2}。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Community {0}, issued by “{1}”, valid until {2}.</translation>
    </message>
    <message>
        <source>市级根证书指纹：{0}（请与市委组织部核对）</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>City root certificate fingerprint: {0} (check it with the Organization Department)</translation>
    </message>
    <message>
        <source>已用新的市级根证书替换了原来的。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>The old city root certificate has been replaced with the new one.</translation>
    </message>
    <message>
        <source>今后签署的报表和导出的数据包都使用这个证书。</source>
        <extracomment>desktop/exchange/texts.py</extracomment>
        <translation>Returns signed and bundles exported from now on will use this certificate.</translation>
    </message>
    <message>
        <source>已安装市级颁发的证书</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Installed the certificate issued by the city</translation>
    </message>
    <message>
        <source>更换市级根证书</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Replace city root certificate</translation>
    </message>
    <message>
        <source>只有市委组织部确已更换根证书时才替换。要替换吗？</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Replace it only if the Organization Department has actually changed its root certificate. Replace it?</translation>
    </message>
    <message>
        <source>替换并安装</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Replace and install</translation>
    </message>
    <message>
        <source>证书没有安装</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Certificate not installed</translation>
    </message>
    <message>
        <source>正在安装证书…</source>
        <extracomment>desktop/exchange/certificate.py</extracomment>
        <translation>Installing certificate…</translation>
    </message>
    <message>
        <source>数据包要用本社区的密钥签名。请先点“生成注册申请…”生成密钥，或在“报表”页签署一次报表。</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Bundles must be signed with this community&apos;s key. First click “Create registration request…” to create a key, or sign a return once on the “Returns” page.</translation>
    </message>
    <message>
        <source>还不能报送市级</source>
        <extracomment>desktop/exchange/export.py</extracomment>
        <translation>Cannot submit to the city yet</translation>
    </message>
</context>
<context>
    <name>ExchangeWidgets</name>
    <message>
        <source>已取消</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>没有做任何修改。</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>No changes were made.</translation>
    </message>
    <message>
        <source>同步冲突</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>（删除或恢复）</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>(deleted or restored)</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>待处理 {0} 处。</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>{0} pending.</translation>
    </message>
    <message>
        <source>没有待处理的冲突。</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>No pending conflicts.</translation>
    </message>
    <message>
        <source>同步冲突（{0}）</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>Sync conflicts ({0})</translation>
    </message>
    <message>
        <source>两边的版本不同（删除或恢复）。</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>The two versions differ (deleted or restored).</translation>
    </message>
    <message>
        <source>（空）</source>
        <extracomment>desktop/common/exchange_widgets.py</extracomment>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>填写社区的基本情况和第一位管理员，然后开始记台账。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Fill in the community&apos;s profile and its first administrator, then start keeping the ledgers.</translation>
    </message>
    <message>
        <source>一个虚构的“胜利社区”，带两年多的示例台账，用来熟悉软件、练习操作。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>A made-up “Shengli Community” with more than two years of sample ledgers, to get to know the software and practise.</translation>
    </message>
    <message>
        <source>数据将保存在：{0}</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>The data will be kept in: {0}</translation>
    </message>
    <message>
        <source>社区基本情况</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Community profile</translation>
    </message>
    <message>
        <source>第一次使用</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>First use</translation>
    </message>
    <message>
        <source>这些信息会出现在报表的表头上，以后可以在台账里修改。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>These details appear at the top of the returns; you can change them in the ledgers later.</translation>
    </message>
    <message>
        <source>12 位数字，如 150802001001</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>12 digits, e.g. 150802001001</translation>
    </message>
    <message>
        <source>统计用区划代码</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Statistical division code</translation>
    </message>
    <message>
        <source>如：胜利社区</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>e.g. Shengli Community</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Community name</translation>
    </message>
    <message>
        <source>如：车站街道</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>e.g. Chezhan Sub-district</translation>
    </message>
    <message>
        <source>所属街道（镇）</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Sub-district (town)</translation>
    </message>
    <message>
        <source>所属区（旗、县）</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>District (banner, county)</translation>
    </message>
    <message>
        <source>请选择或填写</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>统计用区划代码不清楚时，可以向街道（镇）或统计部门询问。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>If you do not know the statistical division code, ask the sub-district (town) office or the statistics bureau.</translation>
    </message>
    <message>
        <source>统计用区划代码：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Statistical division code:</translation>
    </message>
    <message>
        <source>社区名称：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Community name:</translation>
    </message>
    <message>
        <source>所属街道（镇）：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Sub-district (town):</translation>
    </message>
    <message>
        <source>所属区（旗、县）：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>District (banner, county):</translation>
    </message>
    <message>
        <source>所属市：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>City:</translation>
    </message>
    <message>
        <source>第一位管理员</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>管理员可以在“设置”里添加其他操作人员。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>An administrator can add other operators under “Settings”.</translation>
    </message>
    <message>
        <source>您的姓名</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Your name</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <source>可以不设</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>密码</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Enter the password again</translation>
    </message>
    <message>
        <source>设了密码，每次打开社区台账都要输入。请记牢：忘记后只能请另一位管理员重新设置。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>With a password set, it is asked for every time Community Ledgers opens. Remember it: if it is forgotten, only another administrator can set a new one.</translation>
    </message>
    <message>
        <source>姓名：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>再输一次：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Again:</translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>The two passwords are not the same. Please enter them again.</translation>
    </message>
    <message>
        <source>演示社区</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Demo community</translation>
    </message>
    <message>
        <source>演示社区“胜利社区”的数据都是虚构的，可以随意修改、练习。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Everything in the demo “Shengli Community” is made up: change it and practise as you like.</translation>
    </message>
    <message>
        <source>进度</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <source>正在生成演示社区的示例数据，请稍候……</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Making the demo community&apos;s sample data, please wait…</translation>
    </message>
    <message>
        <source>演示社区已建立，共 {0} 条记录。点击“完成”开始使用。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>The demo community is ready, with {0} records. Click “Finish” to start.</translation>
    </message>
    <message>
        <source>演示社区没有建成。</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>The demo community could not be made.</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>生成演示数据(&amp;N)</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>Make demo data (&amp;N)</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在生成演示数据</source>
        <extracomment>desktop/shell/first_run.py</extracomment>
        <translation>Making demo data</translation>
    </message>
    <message>
        <source>欢迎使用社区台账</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Welcome to Community Ledgers</translation>
    </message>
    <message>
        <source>这台电脑上还没有社区台账。请选择要做什么：</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>There are no community ledgers on this computer yet. What would you like to do?</translation>
    </message>
    <message>
        <source>建立我们社区的台账</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Set up our community&apos;s ledgers</translation>
    </message>
    <message>
        <source>打开演示社区（示例数据）</source>
        <extracomment>desktop/shell/first_run_pages.py</extracomment>
        <translation>Open the demo community (sample data)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>保存后，这里会列出每一次保存：谁、什么时候、改了什么、原因。</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>After saving, every save is listed here: who, when, what changed and why.</translation>
    </message>
    <message>
        <source>修改记录</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>Change history</translation>
    </message>
    <message>
        <source>复制</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>Copy</translation>
    </message>
    <message>
        <source>原因：{0}</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>（空）</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{0}：{1} → {2}</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>（成批录入，未逐项记录所填内容）</source>
        <extracomment>desktop/ledgers/history.py</extracomment>
        <translation>(entered in bulk; the values filled in were not recorded one by one)</translation>
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
        <extracomment>db.enums.OperatorRole.FILLER, db/returns/make.py</extracomment>
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
        <source>有问题</source>
        <extracomment>db.enums.ReturnState.PROBLEM</extracomment>
        <translation>Has a problem</translation>
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
        <extracomment>db.validation field office.phone, db.validation field phone, db/returns/make.py</extracomment>
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
    <message>
        <source>单位负责人</source>
        <extracomment>db/returns/make.py</extracomment>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>电话号码</source>
        <extracomment>db/validation/phone.py</extracomment>
        <translation>Phone number</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <source>从</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>显示全部记录（搜索框不变）</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>Show all records again (the search stays)</translation>
    </message>
    <message>
        <source>{0}：</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>不限</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>Any</translation>
    </message>
    <message>
        <source>直接输入，如 2026-01-01 或 2026.1.1，或点右边的箭头从日历中选；按 × 改为不限</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>Type it, e.g. 2026-01-01 or 2026.1.1, or pick it from the calendar with the arrow on the right; × makes it open-ended</translation>
    </message>
    <message>
        <source>全部</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>{0}年</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>{0}</translation>
    </message>
    <message>
        <source>今年</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>This year</translation>
    </message>
    <message>
        <source>去年</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本季度</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>自定义…</source>
        <extracomment>desktop/ledgers/filters.py</extracomment>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>共 {0} 条</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>搜索</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>新增</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>新增一条记录（Ctrl+N）</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>Add a record (Ctrl+N)</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除选中的记录（Delete，可撤销）</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>Delete the selected record (Delete; can be undone)</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>把列表（按现在的搜索和筛选）保存为 Excel 工作簿</source>
        <extracomment>desktop/ledgers/list_page.py</extracomment>
        <translation>Save the list (with the current search and filters) as an Excel workbook</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>正在打开社区台账的数据…</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Opening the community ledger data…</translation>
    </message>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Community Ledgers</translation>
    </message>
    <message>
        <source>导航</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>只有管理员可以恢复备份</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Only an administrator can restore a backup</translation>
    </message>
    <message>
        <source>尚未建立社区信息</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>No community profile yet</translation>
    </message>
    <message>
        <source>社区：{0}</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Community: {0}</translation>
    </message>
    <message>
        <source>数据文件夹：{0}</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <source>未设置</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>操作人员：{0}</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>切换操作人员(&amp;O)…</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Switch &amp;operator…</translation>
    </message>
    <message>
        <source>从 Excel 导入(&amp;I)…</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>下载空白模板(&amp;T)…</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Download Blank &amp;Template…</translation>
    </message>
    <message>
        <source>恢复备份…</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Restore Backup…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>搜索当前列表</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Search the current list</translation>
    </message>
    <message>
        <source>下一页</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Forward</translation>
    </message>
    <message>
        <source>上一页</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用手册</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>User manual</translation>
    </message>
    <message>
        <source>关于社区台账</source>
        <extracomment>desktop/shell/main_window.py</extracomment>
        <translation>About Community Ledgers</translation>
    </message>
    <message>
        <source>首页</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>有人管事</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>People to run affairs</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Community workers</translation>
    </message>
    <message>
        <source>党组织</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Party organizations</translation>
    </message>
    <message>
        <source>党员</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Party members</translation>
    </message>
    <message>
        <source>有钱办事</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Money to do things</translation>
    </message>
    <message>
        <source>经费</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Funding</translation>
    </message>
    <message>
        <source>场所设施</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>有场所议事</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>A place to meet</translation>
    </message>
    <message>
        <source>服务</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Services</translation>
    </message>
    <message>
        <source>活动</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Activities</translation>
    </message>
    <message>
        <source>结对帮扶</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>帮扶记录</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Support visits</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Residents in need</translation>
    </message>
    <message>
        <source>志愿者</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>共建单位</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Partner units</translation>
    </message>
    <message>
        <source>创建评比</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Awards</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>数据交换</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>设置</source>
        <extracomment>desktop/shell/navigation.py</extracomment>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>社区台账 使用手册</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Community Ledgers user manual</translation>
    </message>
    <message>
        <source>◀ 后退</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>前进 ▶</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>打印…</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>查找…</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Find…</translation>
    </message>
    <message>
        <source>回到上一页（Alt+←）</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Back to the previous page (Alt+←)</translation>
    </message>
    <message>
        <source>去往下一页（Alt+→）</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Go to the next page (Alt+→)</translation>
    </message>
    <message>
        <source>在这一页里查找文字（Ctrl+F）</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Find text on this page (Ctrl+F)</translation>
    </message>
    <message>
        <source>手册目录</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Manual contents</translation>
    </message>
    <message>
        <source>手册内容</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Manual page</translation>
    </message>
    <message>
        <source>数据库在哪里（市里）</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Where the city&apos;s data is (city)</translation>
    </message>
    <message>
        <source>街道审核（街道）</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Street review (street)</translation>
    </message>
    <message>
        <source>输入要找的文字，按回车找下一处</source>
        <extracomment>desktop/common/page_browser.py</extracomment>
        <translation>Type the text to find; Enter finds the next one</translation>
    </message>
    <message>
        <source>下一处</source>
        <extracomment>desktop/common/page_browser.py</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一处</source>
        <extracomment>desktop/common/page_browser.py</extracomment>
        <translation>Previous</translation>
    </message>
    <message>
        <source>关闭查找</source>
        <extracomment>desktop/common/page_browser.py</extracomment>
        <translation>Close search</translation>
    </message>
    <message>
        <source>查找：</source>
        <extracomment>desktop/common/page_browser.py</extracomment>
        <translation>Find:</translation>
    </message>
    <message>
        <source>找不到使用手册的这一页：{0}</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>This page of the manual cannot be found: {0}</translation>
    </message>
    <message>
        <source>手册文件可能没有随软件一起安装。请重新安装社区台账，或者请技术人员检查这个文件夹。</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>The manual&apos;s files may not have been installed with the software. Reinstall Community Ledgers, or ask a technician to check this folder.</translation>
    </message>
    <message>
        <source>这一页里没有找到“{0}”</source>
        <extracomment>desktop/common/page_browser.py</extracomment>
        <translation>“{0}” was not found on this page</translation>
    </message>
    <message>
        <source>打印手册的这一页</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>Print this page of the manual</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <extracomment>desktop/common/manual.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>首次设置</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>First set-up</translation>
    </message>
    <message>
        <source>首页</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>日常录入</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Daily entry</translation>
    </message>
    <message>
        <source>各本台账</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>The ledgers</translation>
    </message>
    <message>
        <source>从 Excel 导入</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>U 盘数据交换（社区）</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>USB data exchange (office)</translation>
    </message>
    <message>
        <source>市级汇总（市里）</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>City summary (city)</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>设置</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>常见问题与错误提示</source>
        <extracomment>desktop/common/manual_topics.py</extracomment>
        <translation>Common questions and error messages</translation>
    </message>
    <message>
        <source>目录</source>
        <extracomment>desktop/common/manual.py, desktop/common/manual_topics.py</extracomment>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>密码</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Enter the password again</translation>
    </message>
    <message>
        <source>再输一次：</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Again:</translation>
    </message>
    <message>
        <source>添加</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <source>添加操作人员</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>姓名：</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Role:</translation>
    </message>
    <message>
        <source>密码（可不设）：</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Password (optional):</translation>
    </message>
    <message>
        <source>设了密码，登录时就要输入；不设则选了名字就能登录。</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>With a password, it must be entered to sign in; without one, choosing the name is enough.</translation>
    </message>
    <message>
        <source>已经有一位叫“{0}”的操作人员。</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>There is already an operator called “{0}”.</translation>
    </message>
    <message>
        <source>两次输入的密码不一样。</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>修改密码：{0}</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Change password: {0}</translation>
    </message>
    <message>
        <source>新密码：</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>New password:</translation>
    </message>
    <message>
        <source>两格都留空，就是不用密码。</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Leave both boxes empty for no password.</translation>
    </message>
    <message>
        <source>更改角色：{0}</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Change role: {0}</translation>
    </message>
    <message>
        <source>角色</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Operators</translation>
    </message>
    <message>
        <source>添加…</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>更改角色…</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>删除…</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>已设</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Set</translation>
    </message>
    <message>
        <source>未设</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>（当前登录）</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>(signed in)</translation>
    </message>
    <message>
        <source>删除的操作人员不能再登录，但以前的修改记录仍保留其姓名。</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>A deleted operator can no longer sign in, but earlier changes keep their name.</translation>
    </message>
    <message>
        <source>只有管理员可以添加、删除操作人员或更改角色。您可以修改自己的密码。</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Only administrators can add or delete operators or change roles. You can change your own password.</translation>
    </message>
    <message>
        <source>删除操作人员</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Delete operator</translation>
    </message>
    <message>
        <source>不能删除</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>删除“{0}”后，{0}不能再登录社区台账。以前的修改记录仍保留{0}的姓名。确定删除吗？</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Once “{0}” is deleted, {0} can no longer sign in to Community Ledgers. Earlier changes keep {0}&apos;s name. Delete?</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/settings/operators.py</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>{0}年第一季度</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>Q1 {0}</translation>
    </message>
    <message>
        <source>{0}年第二季度</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>Q2 {0}</translation>
    </message>
    <message>
        <source>{0}年第三季度</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>Q3 {0}</translation>
    </message>
    <message>
        <source>{0}年第四季度</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>Q4 {0}</translation>
    </message>
    <message>
        <source>{0}年</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>{0}</translation>
    </message>
    <message>
        <source>{0}年上半年</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>H1 {0}</translation>
    </message>
    <message>
        <source>{0}年下半年</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>H2 {0}</translation>
    </message>
    <message>
        <source>{0}年{1}月</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>{1}/{0}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>打印预览</source>
        <extracomment>desktop/common/printing.py</extracomment>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>没有打印：{0}</source>
        <extracomment>desktop/common/printing.py</extracomment>
        <translation>Not printed: {0}</translation>
    </message>
    <message>
        <source>打印机无法开始打印。</source>
        <extracomment>desktop/common/printing.py</extracomment>
        <translation>The printer could not start printing.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>确定</source>
        <extracomment>desktop/common/prompts.py</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/common/prompts.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>desktop/common/prompts.py</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>不保存</source>
        <extracomment>desktop/common/prompts.py</extracomment>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>修改记录</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Change history</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/ledgers/child_lists.py, desktop/ledgers/editor.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除这条记录（可撤销）</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Delete this record (can be undone)</translation>
    </message>
    <message>
        <source>关闭</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>保存</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>{0}（{1}），{2}</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>{0} ({1}), {2}</translation>
    </message>
    <message>
        <source>市级意见：{0}（{1}）</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>City&apos;s comment: {0} ({1})</translation>
    </message>
    <message>
        <source>街道意见：{0}（{1}）</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Street&apos;s comment: {0} ({1})</translation>
    </message>
    <message>
        <source>没有保存：这个报告期已由市级审核通过并锁定。</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Not saved: this reporting period has been accepted by the city and locked.</translation>
    </message>
    <message>
        <source>没有保存：改动已签署报表的报告期，需要写明原因。</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Not saved: a change in the reporting period of a signed return needs a written reason.</translation>
    </message>
    <message>
        <source>新增{0}</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation>New: {0}</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>（共 {0} 处要改）</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation> ({0} things to fix)</translation>
    </message>
    <message>
        <source>还不能保存：{0}{1}</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation>Cannot save yet: {0}{1}</translation>
    </message>
    <message>
        <source>有 {0} 处需要核对；保存时请写明原因。</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation>{0} items need checking; give a reason when saving.</translation>
    </message>
    <message>
        <source>有未保存的修改。</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <extracomment>desktop/ledgers/editor_state.py</extracomment>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>没有保存</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>这条记录已被删除，不能再保存修改。</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>This record has been deleted; changes can no longer be saved.</translation>
    </message>
    <message>
        <source>没有保存：需要写明原因才能保存。</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Not saved: a reason is needed to save.</translation>
    </message>
    <message>
        <source>请核对：
{0}

核对无误后，请写明原因（会记入修改记录）：</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Please check:
{0}

If it is correct, give the reason (it goes into the change history):</translation>
    </message>
    <message>
        <source>保存前请写明原因</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Give a reason before saving</translation>
    </message>
    <message>
        <source>{0}

要打开那条记录吗？（这里填写的内容不会保存）</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>{0}

Open that record? (What you entered here will not be saved.)</translation>
    </message>
    <message>
        <source>可能重复录入</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Possibly entered twice</translation>
    </message>
    <message>
        <source>打开那条记录</source>
        <extracomment>desktop/ledgers/editor_save.py</extracomment>
        <translation>Open that record</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>这条{0}有未保存的修改，要保存吗？</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>This {0} has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>先保存这条记录，再添加{0}。</source>
        <extracomment>desktop/ledgers/child_lists.py</extracomment>
        <translation>Save this record first, then add {0}.</translation>
    </message>
    <message>
        <source>添加…</source>
        <extracomment>desktop/ledgers/child_lists.py</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>打开…</source>
        <extracomment>desktop/ledgers/child_lists.py</extracomment>
        <translation>Open…</translation>
    </message>
    <message>
        <source>基本信息</source>
        <extracomment>desktop/ledgers/editor.py</extracomment>
        <translation>Basic details</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>18 位，最后一位可以是 X</source>
        <extracomment>desktop/ledgers/fields.py</extracomment>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>如 13812345678 或 0478-8123456</source>
        <extracomment>desktop/ledgers/fields.py</extracomment>
        <translation>e.g. 13812345678 or 0478-8123456</translation>
    </message>
    <message>
        <source>请选择…</source>
        <extracomment>desktop/ledgers/choice_fields.py</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>（未填）</source>
        <extracomment>desktop/ledgers/choice_fields.py</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>清空日期</source>
        <extracomment>desktop/ledgers/date_fields.py</extracomment>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>如 2021-03-01</source>
        <extracomment>desktop/ledgers/date_fields.py</extracomment>
        <translation>e.g. 2021-03-01</translation>
    </message>
    <message>
        <source>直接输入，如 2021-03-01、2021.3.1 或 2021年3月1日；点右边的箭头（或按 F4）从日历中选；按 × 清空</source>
        <extracomment>desktop/ledgers/date_fields.py</extracomment>
        <translation>Type it, e.g. 2021-03-01, 2021.3.1 or 2021年3月1日; or pick it from the calendar with the arrow on the right (or F4); × clears it</translation>
    </message>
    <message>
        <source>直接输入，如 2021-03-01、2021.3.1 或 2021年3月1日；点右边的箭头（或按 F4）从日历中选</source>
        <extracomment>desktop/ledgers/date_fields.py</extracomment>
        <translation>Type it, e.g. 2021-03-01, 2021.3.1 or 2021年3月1日; or pick it from the calendar with the arrow on the right (or F4)</translation>
    </message>
    <message>
        <source>从日历中选</source>
        <extracomment>desktop/ledgers/date_fields.py</extracomment>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <source>将保存为 {0}</source>
        <extracomment>desktop/ledgers/fields.py</extracomment>
        <translation>Will be saved as {0}</translation>
    </message>
    <message>
        <source>元</source>
        <extracomment>desktop/ledgers/fields.py</extracomment>
        <translation>yuan</translation>
    </message>
    <message>
        <source>如 1200 或 1.2万</source>
        <extracomment>desktop/ledgers/fields.py</extracomment>
        <translation>e.g. 1200 or 1.2万</translation>
    </message>
    <message>
        <source>是</source>
        <extracomment>desktop/ledgers/fields.py</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>“{0}”还没有选定，请在下拉列表中选择（输入后按回车可查找）</source>
        <extracomment>desktop/ledgers/choice_fields.py</extracomment>
        <translation>“{0}” is not chosen yet: pick it from the list (type and press Enter to search)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>没有找到“{0}”</source>
        <extracomment>desktop/ledgers/pickers.py</extracomment>
        <translation>Nothing found for “{0}”</translation>
    </message>
    <message>
        <source>输入名称查找…</source>
        <extracomment>desktop/ledgers/pickers.py</extracomment>
        <translation>Type a name to search…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>姓名</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>身份证号</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>民族</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>学历</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Education</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Political status</translation>
    </message>
    <message>
        <source>职务</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>人员类别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>一肩挑</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Dual role</translation>
    </message>
    <message>
        <source>选任方式</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>How selected</translation>
    </message>
    <message>
        <source>任职日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Start date in post</translation>
    </message>
    <message>
        <source>离任日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>End date in post</translation>
    </message>
    <message>
        <source>报酬(元)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Pay (yuan)</translation>
    </message>
    <message>
        <source>报酬周期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Pay period</translation>
    </message>
    <message>
        <source>养老保险</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <source>医疗保险</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>名称</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>功能型类别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Function type</translation>
    </message>
    <message>
        <source>上级党组织</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Parent Party organization</translation>
    </message>
    <message>
        <source>书记</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>成立日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date founded</translation>
    </message>
    <message>
        <source>出生日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>入党日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date joined the Party</translation>
    </message>
    <message>
        <source>党员身份</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Membership</translation>
    </message>
    <message>
        <source>党员类别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Member category</translation>
    </message>
    <message>
        <source>工作单位</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Employer</translation>
    </message>
    <message>
        <source>所在党组织</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Party organization</translation>
    </message>
    <message>
        <source>报到日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>住址</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>到账日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date received</translation>
    </message>
    <message>
        <source>年度</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>来源</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>用途</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>面积(平方米)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>面积归类</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Area class</translation>
    </message>
    <message>
        <source>取得方式</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>How acquired</translation>
    </message>
    <message>
        <source>上级争取(元)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Higher authorities (yuan)</translation>
    </message>
    <message>
        <source>地方财政(元)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Local government (yuan)</translation>
    </message>
    <message>
        <source>结对帮扶(元)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Pairing support (yuan)</translation>
    </message>
    <message>
        <source>街道自筹(元)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Sub-district funds (yuan)</translation>
    </message>
    <message>
        <source>启用日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date in use</translation>
    </message>
    <message>
        <source>开放时间</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>电脑(台)</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Computers</translation>
    </message>
    <message>
        <source>网络</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Network</translation>
    </message>
    <message>
        <source>显示屏</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Display screen</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Activity name</translation>
    </message>
    <message>
        <source>活动类型</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>主题</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Topic</translation>
    </message>
    <message>
        <source>服务形式</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Service forms</translation>
    </message>
    <message>
        <source>地点</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人数</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>党员人数</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Party members</translation>
    </message>
    <message>
        <source>成效</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>内容</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Resident</translation>
    </message>
    <message>
        <source>帮扶方类别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Helper type</translation>
    </message>
    <message>
        <source>帮扶方</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Helper</translation>
    </message>
    <message>
        <source>帮扶类型</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Type of support</translation>
    </message>
    <message>
        <source>开始日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>End date</translation>
    </message>
    <message>
        <source>帮扶日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Support date</translation>
    </message>
    <message>
        <source>帮扶内容</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Support given</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>帮扶效果</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>帮扶需求</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Needs</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>党员</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Party member</translation>
    </message>
    <message>
        <source>特长</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Skills</translation>
    </message>
    <message>
        <source>加入日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>单位名称</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>单位类型</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>有党组织</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Party org.</translation>
    </message>
    <message>
        <source>联系人</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>共建协议日期</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Partnership agreement date</translation>
    </message>
    <message>
        <source>支持方式</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <source>开放设施</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Open facilities</translation>
    </message>
    <message>
        <source>称号</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>获得者</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Awardee</translation>
    </message>
    <message>
        <source>级别</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>电话</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>搜索{0}…</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Search {0}…</translation>
    </message>
    <message>
        <source>否</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>desktop/common/columns.py</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>签署报表</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Sign return</translation>
    </message>
    <message>
        <source>设定签名口令</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Choose the signing passphrase</translation>
    </message>
    <message>
        <source>这是本社区第一次签署报表。请设定一个签名口令：它用来加密保护本社区的签名密钥（保存在数据文件夹的 keys 中），以后每次签署报表都要输入。

口令至少 {0} 个字符。请牢记并妥善保管，不要告诉无关人员；忘记口令将无法再签署报表。</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>This is the office&apos;s first signed return. Please choose a signing passphrase: it encrypts and protects this office&apos;s signing key (kept in the data folder&apos;s keys folder), and is needed every time a return is signed.

The passphrase needs at least {0} characters. Remember it and keep it safe, and do not tell anyone who does not need it; without it no return can be signed.</translation>
    </message>
    <message>
        <source>请输入本社区的签名口令（第一次签署时设定的）。签署后的报表不能再修改。</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Enter this office&apos;s signing passphrase (chosen at the first signature). A signed return can no longer be changed.</translation>
    </message>
    <message>
        <source>签名口令</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>签名口令：</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Signing passphrase:</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>签署</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>设定并签署</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Set and sign</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>口令太短：至少需要 {0} 个字符，现在是 {1} 个。</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>Passphrase too short: at least {0} characters are needed, it has {1}.</translation>
    </message>
    <message>
        <source>两次输入的口令不一样，请重新输入。</source>
        <extracomment>desktop/common/passphrase.py</extracomment>
        <translation>The two passphrases differ; please type them again.</translation>
    </message>
    <message>
        <source>这个文件无法显示（不是 PDF，或文件已损坏）。</source>
        <extracomment>desktop/common/pdf_view.py</extracomment>
        <translation>This file cannot be shown (not a PDF, or damaged).</translation>
    </message>
    <message>
        <source>报表预览</source>
        <extracomment>desktop/common/pdf_view.py</extracomment>
        <translation>Return preview</translation>
    </message>
    <message>
        <source>11月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>November</translation>
    </message>
    <message>
        <source>12月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>December</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>生成与签署</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Make and sign</translation>
    </message>
    <message>
        <source>已签署的报表</source>
        <extracomment>desktop/returns/page.py, desktop/returns/signed_tab.py</extracomment>
        <translation>Signed returns</translation>
    </message>
    <message>
        <source>核验文件</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Verify a file</translation>
    </message>
    <message>
        <source>生成或打开一份报表后，在这里预览。
也可以把报表 PDF 文件拖到这里核验。</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Make or open a return to preview it here.
You can also drag a return&apos;s PDF file here to verify it.</translation>
    </message>
    <message>
        <source>缩小</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>打印…</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>年份</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>{0}年</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>{0}</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/returns/make_tab.py, desktop/returns/signed_tab.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>重新检查</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Check again</translation>
    </message>
    <message>
        <source>在台账中改正数据后，点这里重新检查</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>After correcting the ledgers, click here to check again</translation>
    </message>
    <message>
        <source>报告期：</source>
        <extracomment>desktop/returns/make_tab.py, desktop/returns/texts.py</extracomment>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>必须先改正的错误</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Errors to correct first</translation>
    </message>
    <message>
        <source>需要书面说明的提醒</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Warnings needing a written explanation</translation>
    </message>
    <message>
        <source>制表机关</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>更正原因</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>例如：更正党费支持金额</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>e.g. corrected the party dues support amount</translation>
    </message>
    <message>
        <source>报表信息</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Return details</translation>
    </message>
    <message>
        <source>制表机关：</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <source>更正原因：</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>生成报表</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Make return</translation>
    </message>
    <message>
        <source>生成草稿（不签署），可以预览、打印、另存</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Make a draft (not signed) to preview, print or save</translation>
    </message>
    <message>
        <source>签署报表…</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Sign return…</translation>
    </message>
    <message>
        <source>用本社区的签名密钥签署，签署后保存为正式报表，不能再修改</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Sign with this office&apos;s signing key; the signed return is stored and can no longer be changed</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>填表人</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Form filler</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>例如：0478-8123456</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>e.g. 0478-8123456</translation>
    </message>
    <message>
        <source>单位负责人：</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Head of unit:</translation>
    </message>
    <message>
        <source>填表人：</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Form filler:</translation>
    </message>
    <message>
        <source>打印预览：{0}</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Print preview: {0}</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>先看看打印出来的样子（A4，原大），满意再打印</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>See first how the print will look (A4, actual size), then print</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>版本</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>签署时间</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>打开</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>还没有签署过报表。</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>No return has been signed yet.</translation>
    </message>
    <message>
        <source>签署后的报表保存在数据文件夹中，不能修改；如需更正，请重新签署，生成新的版本。双击一行打开。</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Signed returns are kept in the data folder and cannot be changed; to correct one, sign again to make a new version. Double-click a row to open it.</translation>
    </message>
    <message>
        <source>街道审核意见：{0}</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>The street&apos;s comment: {0}</translation>
    </message>
    <message>
        <source>街道退回原因：{0}</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Sent back by the street. Reason: {0}</translation>
    </message>
    <message>
        <source>市级审核意见：{0}</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>The city&apos;s comment: {0}</translation>
    </message>
    <message>
        <source>✘ 无效：签名人不是报表所属的单位</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>✘ Invalid: the signer is not the unit the return belongs to</translation>
    </message>
    <message>
        <source>检查一份报表 PDF：是否完整、由谁签署、签署后有没有被改动。点下面的按钮选择文件，或直接把 PDF 文件拖到窗口中。</source>
        <extracomment>desktop/returns/verify_tab.py</extracomment>
        <translation>Check a return&apos;s PDF: is it complete, who signed it, and was it changed after signing. Click the button below to choose the file, or drag the PDF file onto the window.</translation>
    </message>
    <message>
        <source>核验报表文件…</source>
        <extracomment>desktop/returns/verify_tab.py</extracomment>
        <translation>Verify a return file…</translation>
    </message>
    <message>
        <source>已取消。</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>正在检查{0}的台账…</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Checking the ledgers of {0}…</translation>
    </message>
    <message>
        <source>检查已取消。点“重新检查”再查一次。</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Check cancelled. Click &quot;Check again&quot; to run it again.</translation>
    </message>
    <message>
        <source>正在检查台账…</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Checking the ledgers…</translation>
    </message>
    <message>
        <source>请到相应的台账中改正这些记录，然后点“重新检查”。</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Correct these records in their ledgers, then click &quot;Check again&quot;.</translation>
    </message>
    <message>
        <source>在这里写明原因（必填），会印在报表的“情况说明”中</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Write the reason here (required); it is printed in the return&apos;s &quot;Explanations&quot; section</translation>
    </message>
    <message>
        <source>第 {0} 条提醒的说明</source>
        <extracomment>desktop/returns/make_tab.py</extracomment>
        <translation>Explanation of warning {0}</translation>
    </message>
    <message>
        <source>{0}：有 {1} 个错误必须先改正，暂时不能生成报表。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0}: {1} errors must be corrected before the return can be made.</translation>
    </message>
    <message>
        <source>{0}：没有必须改正的错误；有 {1} 条提醒，每条都要写明说明。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0}: no errors to correct; {1} warnings, each needing a written explanation.</translation>
    </message>
    <message>
        <source>{0}：检查通过，可以生成报表。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0}: all checks passed; the return can be made.</translation>
    </message>
    <message>
        <source>本报告期已签署第 {0} 版。再次签署将生成第 {1} 版（更正），报表会列出改动之处；请写明更正原因。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Version {0} of this period is signed. Signing again makes version {1} (a correction), which lists what changed; please give the reason for the correction.</translation>
    </message>
    <message>
        <source>有必须改正的错误，报表没有生成。请先在台账中改正，再点“重新检查”。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>There are errors to correct, so no return was made. Correct them in the ledgers first, then click &quot;Check again&quot;.</translation>
    </message>
    <message>
        <source>还有 {0} 条提醒没有写说明，报表没有生成。请在标红的框里逐条写明原因，再生成报表。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0} warnings have no explanation yet, so no return was made. Write the reason in each box marked red, then make the return.</translation>
    </message>
    <message>
        <source>这是更正版本，请先写明更正原因，再签署。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>This is a correction: give the reason for it first, then sign.</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Making the return…</translation>
    </message>
    <message>
        <source>正在签署报表…</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Signing the return…</translation>
    </message>
    <message>
        <source>台账在检查之后有了变化，报表没有生成。请看更新后的检查结果，写好说明或改正错误后再试。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>The ledgers changed after the check, so no return was made. Please look at the updated check, write the explanations or correct the errors, and try again.</translation>
    </message>
    <message>
        <source>已签署：{0}报表 第 {1} 版</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Signed: return for {0}, version {1}</translation>
    </message>
    <message>
        <source>{0}{1}报表（第{2}版）.pdf</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0} return {1} (version {2}).pdf</translation>
    </message>
    <message>
        <source>草稿（未签署）：{0}报表</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Draft (not signed): return for {0}</translation>
    </message>
    <message>
        <source>{0}{1}报表（草稿）.pdf</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0} return {1} (draft).pdf</translation>
    </message>
    <message>
        <source>已签署并保存{0}报表第 {1} 版（共 {2} 页）。可以打印、另存为，或在“已签署的报表”中再次打开。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Return for {0}, version {1}, signed and stored ({2} pages). You can print it, save it, or open it again under &quot;Signed returns&quot;.</translation>
    </message>
    <message>
        <source>已为本社区生成签名密钥和自签名证书（保存在数据文件夹的 keys 中，由口令加密）。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>A signing key and a self-signed certificate were made for this office (in the data folder&apos;s keys folder, encrypted with the passphrase).</translation>
    </message>
    <message>
        <source>市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>The city Organization Department has not issued this office a certificate yet; the return is signed with a self-signed certificate, and says so.</translation>
    </message>
    <message>
        <source>已生成{0}报表草稿（共 {1} 页，未签署）。正式报送前请签署。</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Draft return for {0} made ({1} pages, not signed). Sign it before sending it.</translation>
    </message>
    <message>
        <source>预览</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <source>{0}（共 {1} 页）</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>{0} ({1} pages)</translation>
    </message>
    <message>
        <source>全年</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>打印报表</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Print return</translation>
    </message>
    <message>
        <source>上半年</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>First half</translation>
    </message>
    <message>
        <source>已送往打印机：{0} 页。</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Sent to the printer: {0} pages.</translation>
    </message>
    <message>
        <source>下半年</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Second half</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <extracomment>desktop/common/pdf_view.py, desktop/returns/page.py</extracomment>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>另存报表</source>
        <extracomment>desktop/returns/preview_pane.py</extracomment>
        <translation>Save return</translation>
    </message>
    <message>
        <source>第一季度</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>First quarter</translation>
    </message>
    <message>
        <source>没有保存：{0}（{1}）。请换一个文件夹再试。</source>
        <extracomment>desktop/common/pdf_view.py</extracomment>
        <translation>Not saved: {0} ({1}). Please try another folder.</translation>
    </message>
    <message>
        <source>已保存：{0}</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>第二季度</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Second quarter</translation>
    </message>
    <message>
        <source>第三季度</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Third quarter</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>第四季度</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Fourth quarter</translation>
    </message>
    <message>
        <source>签名人：{0}</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Signed by: {0}</translation>
    </message>
    <message>
        <source>共 {0} 份。</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>{0} in all.</translation>
    </message>
    <message>
        <source>1月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>January</translation>
    </message>
    <message>
        <source>2月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>February</translation>
    </message>
    <message>
        <source>3月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>March</translation>
    </message>
    <message>
        <source>正在打开报表…</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Opening the return…</translation>
    </message>
    <message>
        <source>4月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>April</translation>
    </message>
    <message>
        <source>选择要核验的报表文件</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Choose the return file to verify</translation>
    </message>
    <message>
        <source>稍后核验：{0}</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>To verify next: {0}</translation>
    </message>
    <message>
        <source>5月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>May</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>正在核验报表文件…</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>Verifying the return file…</translation>
    </message>
    <message>
        <source>6月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>June</translation>
    </message>
    <message>
        <source>无法核验</source>
        <extracomment>desktop/returns/verify_tab.py</extracomment>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <source>7月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>July</translation>
    </message>
    <message>
        <source>✔ 有效：签名可信，签署后没有被改动</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>✔ Valid: trusted signature, unchanged since signing</translation>
    </message>
    <message>
        <source>✘ 无效：文件已被改动或已损坏</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>✘ Invalid: the file was changed or is damaged</translation>
    </message>
    <message>
        <source>！已签名，但签名证书不受信任</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>! Signed, but the certificate is not trusted</translation>
    </message>
    <message>
        <source>未签名：这个文件没有电子签名</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Unsigned: this file has no electronic signature</translation>
    </message>
    <message>
        <source>8月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>August</translation>
    </message>
    <message>
        <source>市级退回原因：{0}</source>
        <extracomment>desktop/returns/signed_tab.py</extracomment>
        <translation>Returned by the city. Reason: {0}</translation>
    </message>
    <message>
        <source>文件：</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>File:</translation>
    </message>
    <message>
        <source>9月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>September</translation>
    </message>
    <message>
        <source>签名人：</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>{0}（北京时间）</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>{0} (Beijing time)</translation>
    </message>
    <message>
        <source>签署时间：</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Signed at:</translation>
    </message>
    <message>
        <source>填报单位：</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Reporting office:</translation>
    </message>
    <message>
        <source>10月</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>October</translation>
    </message>
    <message>
        <source>，第 {0} 版</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>, version {0}</translation>
    </message>
    <message>
        <source>本社区的签名证书</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>This office&apos;s signing certificate</translation>
    </message>
    <message>
        <source>证书：</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>原因：</source>
        <extracomment>desktop/returns/texts.py</extracomment>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>核验的文件：{0}</source>
        <extracomment>desktop/returns/page.py</extracomment>
        <translation>File verified: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>版本：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Version:</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>数据文件夹：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>日志文件夹：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>备份保存在数据文件夹的 backups 子文件夹里。出错时，请把日志文件夹里的文件发给技术人员。</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Backups are kept in the backups folder inside the data folder. If something goes wrong, send the files in the log folder to your technical support.</translation>
    </message>
    <message>
        <source>关于与许可证…</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>About and licences…</translation>
    </message>
    <message>
        <source>已保存。重新打开社区台账后，界面将使用“{0}”。</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Saved. Community Ledgers will use “{0}” when it is next opened.</translation>
    </message>
    <message>
        <source>标准</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>较大</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Slightly larger</translation>
    </message>
    <message>
        <source>大</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Large</translation>
    </message>
    <message>
        <source>很大</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Very large</translation>
    </message>
    <message>
        <source>特大</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>最大</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Largest</translation>
    </message>
    <message>
        <source>设置</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>更改语言后，重新打开社区台账时生效。</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>A new language takes effect when Community Ledgers is next opened.</translation>
    </message>
    <message>
        <source>语言：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Language:</translation>
    </message>
    <message>
        <source> 份</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation> copies</translation>
    </message>
    <message>
        <source>{0} {1}%</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>{0} {1}%</translation>
    </message>
    <message>
        <source>字号</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Text size</translation>
    </message>
    <message>
        <source>示例：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Sample: </translation>
    </message>
    <message>
        <source>文字大小：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>立即生效，所有窗口都会变。也可以按 Ctrl+= 放大、Ctrl+- 缩小、Ctrl+0 恢复标准（“查看”菜单）。</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Applies at once, to every window. Ctrl+= enlarges, Ctrl+- reduces, Ctrl+0 restores the standard size (View menu).</translation>
    </message>
    <message>
        <source>保留的自动备份份数</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <source>自动备份</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>保留最近的自动备份：</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Keep the latest automatic backups:</translation>
    </message>
    <message>
        <source>超出这个数目时，最旧的自动备份会被删除。</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Beyond this number, the oldest automatic backups are deleted.</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>Operators</translation>
    </message>
    <message>
        <source>关于</source>
        <extracomment>desktop/settings/page.py</extracomment>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>打开文件夹</source>
        <extracomment>desktop/common/excel_files.py</extracomment>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>在文件管理器中打开保存这个文件的文件夹</source>
        <extracomment>desktop/common/excel_files.py</extracomment>
        <translation>Open the folder containing this file in the file manager</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <extracomment>desktop/ledgers/export.py</extracomment>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>把列表导出为 Excel</source>
        <extracomment>desktop/ledgers/export.py</extracomment>
        <translation>Export the list to Excel</translation>
    </message>
    <message>
        <source>正在导出：已读取 {0} / {1} 条…</source>
        <extracomment>desktop/ledgers/export.py</extracomment>
        <translation>Exporting: {0} / {1} records read…</translation>
    </message>
    <message>
        <source>已导出 {0} 条{1}记录：{2}</source>
        <extracomment>desktop/ledgers/export.py</extracomment>
        <translation>Exported {0} {1} records: {2}</translation>
    </message>
    <message>
        <source>正在导出 {0}…</source>
        <extracomment>desktop/ledgers/export.py</extracomment>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <source>下载空白模板</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Download Blank Template</translation>
    </message>
    <message>
        <source>空白模板是一个 Excel 工作簿：列名已经写好（带 * 的必须填写），选择项有下拉列表，另有一页“填写说明”。可以发给居民小组、网格员填写，填好后用“文件 → 从 Excel 导入…”导入。</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>The blank template is an Excel workbook: the column names are already filled in (columns marked * are required), choice fields have drop-down lists, and there is an extra “Instructions” sheet. You can send it to residents’ groups and grid workers to fill in, then import it with “File → Import from Excel…”.</translation>
    </message>
    <message>
        <source>台账</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>台账(&amp;L)：</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <source>保存模板…</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存空白模板</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Save Blank Template</translation>
    </message>
    <message>
        <source>已保存{0}的空白模板：{1}</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Saved the blank template for {0}: {1}</translation>
    </message>
    <message>
        <source>正在生成模板…</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>Generating template…</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <extracomment>desktop/common/excel_files.py</extracomment>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>{0}导入模板.xlsx</source>
        <extracomment>desktop/sheets/templates.py</extracomment>
        <translation>{0} import template.xlsx</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>预览</source>
        <extracomment>desktop/sheets/preview_page.py</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <source>核对每一行。有错误的行不会导入；双击单元格可以直接改正，改正后马上重新检查。</source>
        <extracomment>desktop/sheets/preview_page.py</extracomment>
        <translation>Check each row. Rows with errors will not be imported; double-click a cell to correct it, and it is checked again right away.</translation>
    </message>
    <message>
        <source>只看有问题的行(&amp;P)</source>
        <extracomment>desktop/sheets/preview_page.py</extracomment>
        <translation>Show only &amp;problem rows</translation>
    </message>
    <message>
        <source>跳过所选行(&amp;K)</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/preview_page.py</extracomment>
        <translation>S&amp;kip selected rows</translation>
    </message>
    <message>
        <source>所选的行不导入（Delete）；再按一次恢复导入</source>
        <extracomment>desktop/sheets/preview_page.py</extracomment>
        <translation>Don’t import the selected rows (Delete); press again to import them again</translation>
    </message>
    <message>
        <source>所选行的详细情况</source>
        <extracomment>desktop/sheets/preview_page.py</extracomment>
        <translation>Details of the Selected Row</translation>
    </message>
    <message>
        <source>无变化</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/preview_page.py</extracomment>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>问题</source>
        <extracomment>desktop/sheets/preview_model.py, desktop/sheets/preview_page.py</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>恢复导入所选行(&amp;K)</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Un-s&amp;kip selected rows</translation>
    </message>
    <message>
        <source>共 {0} 行：</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} rows in total:</translation>
    </message>
    <message>
        <source>新增 {0} 条</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} new</translation>
    </message>
    <message>
        <source>更新 {0} 条</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} to update</translation>
    </message>
    <message>
        <source>无变化 {0} 条</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} unchanged</translation>
    </message>
    <message>
        <source>有错误 {0} 行（不导入）</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} rows with errors (not imported)</translation>
    </message>
    <message>
        <source>没有错误</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>No errors</translation>
    </message>
    <message>
        <source>跳过 {0} 行</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} rows skipped</translation>
    </message>
    <message>
        <source>有提醒 {0} 行（会导入，请核对）</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} rows with warnings (will be imported; please check)</translation>
    </message>
    <message>
        <source>疑似重复 {0} 行</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} possible duplicate rows</translation>
    </message>
    <message>
        <source>合计、表尾、空行等 {0} 行已略过</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} rows of totals, footers, blank rows, etc. skipped</translation>
    </message>
    <message>
        <source>，</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>没有可以导入的行。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <source>只看有问题的行（{0}）(&amp;P)</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Show only &amp;problem rows ({0})</translation>
    </message>
    <message>
        <source>导入 {0} 条(&amp;I)</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>&amp;Import {0} records</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/import_wizard.py</extracomment>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>第 {0} 行</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Row {0}</translation>
    </message>
    <message>
        <source>这一行已跳过，不会导入。再按“恢复导入所选行”可以恢复。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>This row is skipped and will not be imported. Click “Un-skip selected rows” to restore it.</translation>
    </message>
    <message>
        <source>按身份证号</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>By ID card number</translation>
    </message>
    <message>
        <source>按姓名和出生日期</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>By name and date of birth</translation>
    </message>
    <message>
        <source>按姓名和电话</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>By name and phone number</translation>
    </message>
    <message>
        <source>按名称</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>By name</translation>
    </message>
    <message>
        <source>{0}对应到台账中已有的{1}“{2}”。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} matches the existing {1} “{2}” in the ledger.</translation>
    </message>
    <message>
        <source>{0}：{1} → {2}</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>（空）</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/preview_model.py</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>将更新：</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Will update:</translation>
    </message>
    <message>
        <source>；</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>与台账中的记录相同，不需要更新。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Same as the record in the ledger; no update needed.</translation>
    </message>
    <message>
        <source>提醒</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>错误</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>导入完成</source>
        <extracomment>desktop/sheets/done_page.py</extracomment>
        <translation>Import Complete</translation>
    </message>
    <message>
        <source>记录已写入台账，列表已刷新。</source>
        <extracomment>desktop/sheets/done_page.py</extracomment>
        <translation>The records have been written to the ledger and the list has been refreshed.</translation>
    </message>
    <message>
        <source>跳过的行中，有错误的 {0} 行，手动跳过的 {1} 行。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Of the skipped rows, {0} had errors and {1} were skipped manually.</translation>
    </message>
    <message>
        <source>有错误的行请在原表格中改正后再导入一次这个文件：已导入的记录会更新，不会重复。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Correct the rows with errors in the original spreadsheet, then import this file again: records already imported will be updated, not duplicated.</translation>
    </message>
    <message>
        <source>另有 {0} 条与台账中的记录相同，没有改动。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} more records are the same as in the ledger and were not changed.</translation>
    </message>
    <message>
        <source>这次导入已记入操作记录，原因为“{0}”。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>This import has been recorded in the activity log with the reason “{0}”.</translation>
    </message>
    <message>
        <source>已新增 {0} 条，更新 {1} 条，跳过 {2} 条。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} added, {1} updated, {2} skipped.</translation>
    </message>
    <message>
        <source>从 Excel 导入</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新增</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>正在打开“{0}”…</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Opening “{0}”…</translation>
    </message>
    <message>
        <source>更新</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Update</translation>
    </message>
    <message>
        <source>正在读取“{0}”…</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Reading “{0}”…</translation>
    </message>
    <message>
        <source>正在检查：第 {0} / {1} 行…</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Checking: row {0} / {1}…</translation>
    </message>
    <message>
        <source>有错误</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>跳过</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Skip</translation>
    </message>
    <message>
        <source>正在检查 {0} 行数据…</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Checking {0} rows of data…</translation>
    </message>
    <message>
        <source>正在写入：{0} / {1} 条…</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Writing: {0} / {1} records…</translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据。</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Import cancelled. No data was written.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <extracomment>desktop/sheets/import_wizard.py</extracomment>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>现在没有登录的操作人员，导入的记录无法记在谁的名下。请先点“文件 → 切换操作人员”登录，再导入。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>No operator is signed in, so the imported records cannot be attributed to anyone. Sign in with “File → Switch Operator” first, then import.</translation>
    </message>
    <message>
        <source>提醒：{0}</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/preview_model.py</extracomment>
        <translation>Warning: {0}</translation>
    </message>
    <message>
        <source>错误：{0}</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/preview_model.py</extracomment>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <source>{0}（另有 {1} 个问题）</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} (and {1} more problems)</translation>
    </message>
    <message>
        <source>行号</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>处理</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>在 Excel 中的行号</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Row number in Excel</translation>
    </message>
    <message>
        <source>必填</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Required</translation>
    </message>
    <message>
        <source>表格中是空的，保留台账中的值</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Empty in the spreadsheet; keep the value in the ledger</translation>
    </message>
    <message>
        <source>表格中是空的，按身份证号填入</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Empty in the spreadsheet; fill in from the ID card number</translation>
    </message>
    <message>
        <source>表格中是空的，填入默认值</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>Empty in the spreadsheet; fill in the default value</translation>
    </message>
    <message>
        <source>台账中原为：{0}，导入后：{1}</source>
        <extracomment>desktop/sheets/preview_model.py</extracomment>
        <translation>In the ledger: {0}; after import: {1}</translation>
    </message>
    <message>
        <source>选择文件</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Choose File</translation>
    </message>
    <message>
        <source>选择要导入的 Excel 工作簿（.xlsx）或 CSV 文件。表格可以带标题行、合并单元格、序号和合计行，列的顺序和列名的写法都不限。</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Choose the Excel workbook (.xlsx) or CSV file to import. The spreadsheet may have title rows, merged cells, serial numbers and total rows; the column order and the wording of the column names do not matter.</translation>
    </message>
    <message>
        <source>点“浏览…”选择文件，或把文件拖到这里</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Click “Browse…” to choose a file, or drag a file here</translation>
    </message>
    <message>
        <source>文件</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>工作表</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>文件(&amp;F)：</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>工作表(&amp;S)：</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>提示：旧版 Excel 文件（.xls）请先在 Excel 或 WPS 中“另存为” .xlsx；设有打开密码的工作簿请先取消密码。导入前会先预览每一行，确认后才写入台账。</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Tip: save old Excel files (.xls) as .xlsx first with “Save As” in Excel or WPS, and remove the open password from password-protected workbooks. Every row is previewed before import, and nothing is written to the ledger until you confirm.</translation>
    </message>
    <message>
        <source>没有现成的表格？下载空白模板…</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>No spreadsheet yet? Download a blank template…</translation>
    </message>
    <message>
        <source>Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Excel or CSV files (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>选择要导入的表格</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Choose the Spreadsheet to Import</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>自动选择（列名最像台账的一张）</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Automatic (the sheet whose column names best match a ledger)</translation>
    </message>
    <message>
        <source>工作簿里只有一张工作表。</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>The workbook has only one worksheet.</translation>
    </message>
    <message>
        <source>工作簿里有 {0} 张工作表，可以指定要导入哪一张。</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>The workbook has {0} worksheets. You can choose which one to import.</translation>
    </message>
    <message>
        <source>（CSV 文件只有一张表）</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>(a CSV file has only one sheet)</translation>
    </message>
    <message>
        <source>CSV 文件：文字编码会自动识别（UTF-8、GBK 等）。</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>CSV files: the text encoding is detected automatically (UTF-8, GBK, etc.).</translation>
    </message>
    <message>
        <source>无法打开这个文件。</source>
        <extracomment>desktop/sheets/file_page.py</extracomment>
        <translation>Cannot open this file.</translation>
    </message>
    <message>
        <source>台账类型和列的对应</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Ledger Type and Column Mapping</translation>
    </message>
    <message>
        <source>核对这份表格是哪一类台账，以及每一列导入到哪一项；用不上的列选“不导入”。</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Check which ledger this spreadsheet belongs to and which field each column is imported into. Set columns you don’t need to “Don’t import”.</translation>
    </message>
    <message>
        <source>台账类型</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Ledger type</translation>
    </message>
    <message>
        <source>台账类型(&amp;T)：</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Ledger &amp;type:</translation>
    </message>
    <message>
        <source>内容举例</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Sample content</translation>
    </message>
    <message>
        <source>列</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Column</translation>
    </message>
    <message>
        <source>导入到</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Import into</translation>
    </message>
    <message>
        <source>表格中的列名</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Column name in spreadsheet</translation>
    </message>
    <message>
        <source>每行统一填写</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Same value for every row</translation>
    </message>
    <message>
        <source>导入后会记住这些对应关系，下次导入列名相同的表格时自动选好。</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>These mappings are remembered after import and selected automatically the next time you import a spreadsheet with the same column names.</translation>
    </message>
    <message>
        <source>，工作表“{0}”</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>, sheet “{0}”</translation>
    </message>
    <message>
        <source>文件“{0}”{1}：表头在第 {2} 行，下面有 {3} 行数据。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>File “{0}”{1}: header on row {2}, followed by {3} rows of data.</translation>
    </message>
    <message>
        <source>合计、表尾说明等 {0} 行不导入。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} rows of totals, footer notes, etc. will not be imported.</translation>
    </message>
    <message>
        <source>请选择…</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>从列名看不出这是哪一类台账，请选择。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>The column names don’t show which ledger this is. Please choose one.</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>desktop/sheets/import_texts.py, desktop/sheets/mapping_page.py</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>只看列名，分不清是{0}中的哪一类台账；先选了“{1}”，请核对，不对就在这里改。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>The column names alone can’t tell which of the {0} ledgers this is. “{1}” has been selected for now; please check it and change it here if it is wrong.</translation>
    </message>
    <message>
        <source>按列名看，这是“{0}”台账（认出 {1} 列）。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>From the column names, this is the “{0}” ledger ({1} columns recognized).</translation>
    </message>
    <message>
        <source>{0}（{1} 列）</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>{0} ({1} columns)</translation>
    </message>
    <message>
        <source>也可能是：{0}。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>It could also be: {0}.</translation>
    </message>
    <message>
        <source>（无列名）</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>(no column name)</translation>
    </message>
    <message>
        <source>“{0}”列导入到</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Import column “{0}” into</translation>
    </message>
    <message>
        <source>已改为“{0}”台账（按列名猜的是“{1}”）。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Changed to the “{0}” ledger (the guess from the column names was “{1}”).</translation>
    </message>
    <message>
        <source>不导入</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>Don’t import</translation>
    </message>
    <message>
        <source>（必填）</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>(required)</translation>
    </message>
    <message>
        <source>没有一列对应到{0}台账的项目：请核对台账类型，或在上表中为各列选择要导入到哪一项。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>No column maps to a field of the {0} ledger. Check the ledger type, or choose a field for each column in the table above.</translation>
    </message>
    <message>
        <source>还缺少必填的{0}：请在上表中为它选一列，或在下面给每一行统一填写；否则每一行都会报错、无法导入。</source>
        <extracomment>desktop/sheets/import_texts.py</extracomment>
        <translation>Required field {0} is still missing: choose a column for it in the table above, or fill in one value for every row below. Otherwise every row will have an error and cannot be imported.</translation>
    </message>
    <message>
        <source>{0}：</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>（不填）</source>
        <extracomment>desktop/sheets/mapping_page.py</extracomment>
        <translation>(leave blank)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>密码</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>密码：</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>退出</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Exit</translation>
    </message>
    <message>
        <source>无需密码</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>No password</translation>
    </message>
    <message>
        <source>请输入{0}的密码。</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Enter the password for {0}.</translation>
    </message>
    <message>
        <source>密码不对，请再输入一次。请注意大小写，以及输入法是否处于英文状态。</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>The password is wrong, please try again. Check upper and lower case, and that the input method is set to English.</translation>
    </message>
    <message>
        <source>切换操作人员</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Switch operator</translation>
    </message>
    <message>
        <source>登录社区台账</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Sign in to Community Ledgers</translation>
    </message>
    <message>
        <source>社区台账</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Community Ledgers</translation>
    </message>
    <message>
        <source>请选择您的名字：</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Choose your name:</translation>
    </message>
    <message>
        <source>操作人员</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>需要密码</source>
        <extracomment>desktop/shell/signin.py</extracomment>
        <translation>Password needed</translation>
    </message>
</context>
<context>
    <name>StreetWindow</name>
    <message>
        <source>正在加盖街道签名…</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Adding the street&apos;s signature…</translation>
    </message>
    <message>
        <source>正在记录审核结果…</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Recording the review result…</translation>
    </message>
    <message>
        <source>已通过并加盖街道签名</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Accepted and signed by the street</translation>
    </message>
    <message>
        <source>{0}审核通过了{1}。下一步：点“报送市级…”把它写到 U 盘交给市级；</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>{0} accepted {1}. Next: click “Send to the city…” to write it to a USB drive for the city; </translation>
    </message>
    <message>
        <source>点“写回执…”告诉社区。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>click “Write receipts…” to tell the community.</translation>
    </message>
    <message>
        <source>{0}已将{1}标记为{2}</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>{0} marked {1} as {2}</translation>
    </message>
    <message>
        <source>意见：{0}</source>
        <extracomment>desktop/street/decisions.py, desktop/street/review_state.py, desktop/street/status_tab.py</extracomment>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <source>社区要在导入街道回执后才知道：请点“写回执…”写到 U 盘交给社区。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>The community will only know after importing the street&apos;s receipt: click “Write receipts…” to write it to a USB drive and give it to the community.</translation>
    </message>
    <message>
        <source>没有做出决定</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>No decision made</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}报表的“{3}”</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>“{3}” in the {2} return of {0} ({1})</translation>
    </message>
    <message>
        <source>对{0}的意见（社区会在这一项旁边看到）：</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Comment on {0} (the community will see it next to this item):</translation>
    </message>
    <message>
        <source>对这一项提意见</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Comment on this item</translation>
    </message>
    <message>
        <source>意见不能为空：请重新点按钮并写明这一项的问题。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>The comment cannot be empty: click the button again and say what is wrong with this item.</translation>
    </message>
    <message>
        <source>没有提意见</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>No comment made</translation>
    </message>
    <message>
        <source>提出人姓名（记录在意见中）：</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Your name (recorded with the comment):</translation>
    </message>
    <message>
        <source>{0}已对{1}提出意见</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>{0} commented on {1}</translation>
    </message>
    <message>
        <source>无法打开报表</source>
        <extracomment>desktop/street/decisions.py, desktop/street/ledger_actions.py</extracomment>
        <translation>Cannot open the return</translation>
    </message>
    <message>
        <source>电脑上没有能打开 PDF 的程序，请安装 PDF 阅读软件。报表文件在：{0}</source>
        <extracomment>desktop/street/decisions.py, desktop/street/ledger_actions.py</extracomment>
        <translation>There is no program on this computer that can open PDF files; please install a PDF reader. The return file is at: {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}报表第 {3} 版</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>{0} ({1}) {2} return, version {3}</translation>
    </message>
    <message>
        <source>退回{0}的原因（社区会看到）：</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Reason for sending back {0} (the community will see it):</translation>
    </message>
    <message>
        <source>退回报表</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Send back return</translation>
    </message>
    <message>
        <source>{0}有什么问题（社区会看到）：</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>The problem with {0} (the community will see it):</translation>
    </message>
    <message>
        <source>报表有问题</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Return has a problem</translation>
    </message>
    <message>
        <source>退回报表或标记有问题都需要写明意见，社区会看到它。请重新点按钮并填写。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Sending back a return or marking a problem needs a comment, which the community will see. Click the button again and fill it in.</translation>
    </message>
    <message>
        <source>每个决定和意见都记录审核人：请重新点按钮并填写姓名。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Every decision and comment records its reviewer: click the button again and fill in the name.</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>注意，导入时核验发现：{0}</source>
        <extracomment>desktop/street/decisions.py, desktop/street/review_state.py</extracomment>
        <translation>Note: the check during import found: {0}</translation>
    </message>
    <message>
        <source>通过后，街道会在报表上加盖街道的签名，之后可以报送市级。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Once accepted, the street adds its signature to the return; the return can then be sent to the city.</translation>
    </message>
    <message>
        <source>审核人姓名（记录在决定中）：</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Reviewer&apos;s name (recorded with the decision):</translation>
    </message>
    <message>
        <source>审核报表</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Review return</translation>
    </message>
    <message>
        <source>通过{0}：街道要用街道密钥在报表上加盖签名。</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Accept {0}: the street adds its signature to the return with the street key.</translation>
    </message>
    <message>
        <source>通过并加签</source>
        <extracomment>desktop/street/decisions.py</extracomment>
        <translation>Accept and countersign</translation>
    </message>
    <message>
        <source>报送</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Send</translation>
    </message>
    <message>
        <source>报送市级</source>
        <extracomment>desktop/street/forwarding.py, desktop/street/review_tab.py</extracomment>
        <translation>Send to the city</translation>
    </message>
    <message>
        <source>给市级的文件用街道密钥签名，写明街道的审核结果。</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>The file for the city is signed with the street key and states the street&apos;s review results.</translation>
    </message>
    <message>
        <source>选择写出报送文件的文件夹（如 U 盘）</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Choose the folder to write the file for the city to (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>正在写出给市级的文件…</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Writing the file for the city…</translation>
    </message>
    <message>
        <source>没有需要报送市级的内容</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Nothing needs to be sent to the city</translation>
    </message>
    <message>
        <source>已写出报送市级的文件</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>File for the city written</translation>
    </message>
    <message>
        <source>写到 {0} 的文件：
{1}</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Files written to {0}:
{1}</translation>
    </message>
    <message>
        <source>没有报送</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>写回执</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Write receipts</translation>
    </message>
    <message>
        <source>给{0}的回执用街道密钥签名。</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>The receipt for {0} is signed with the street key.</translation>
    </message>
    <message>
        <source>选择写出回执的文件夹（如 U 盘）</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Choose the folder to write the receipts to (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>已写出给{0}的回执</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Receipt for {0} written</translation>
    </message>
    <message>
        <source>回执文件：{0}。请把它交给社区，在社区的“数据交换”页导入。</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Receipt file: {0}. Give it to the community to import on its “Data exchange” page.</translation>
    </message>
    <message>
        <source>没有写出回执</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>No receipt written</translation>
    </message>
    <message>
        <source>正在写回执…</source>
        <extracomment>desktop/street/forwarding.py</extracomment>
        <translation>Writing receipts…</translation>
    </message>
    <message>
        <source>关于社区台账</source>
        <extracomment>desktop/street/help_actions.py, desktop/street/window.py</extracomment>
        <translation>About Community Ledgers</translation>
    </message>
    <message>
        <source>社区台账 {0}
街道审核：{1}（{2}）
数据文件夹：{3}</source>
        <extracomment>desktop/street/help_actions.py</extracomment>
        <translation>Community Ledgers {0}
Street review: {1} ({2})
Data folder: {3}</translation>
    </message>
    <message>
        <source>还没有安装市级颁发的街道证书：请点“文件 ▸ 安装市级证书…”。</source>
        <extracomment>desktop/street/help_actions.py</extracomment>
        <translation>The street certificate issued by the city is not installed yet: click “File ▸ Install city certificate…”.</translation>
    </message>
    <message>
        <source>街道证书：已安装（{0}颁发）</source>
        <extracomment>desktop/street/help_actions.py</extracomment>
        <translation>Street certificate: installed (issued by {0})</translation>
    </message>
    <message>
        <source>还没有社区名单：请点“文件 ▸ 安装社区名单…”</source>
        <extracomment>desktop/street/help_actions.py</extracomment>
        <translation>No community roster yet: click “File ▸ Install community roster…”</translation>
    </message>
    <message>
        <source>社区名单：{0} 个社区</source>
        <extracomment>desktop/street/help_actions.py</extracomment>
        <translation>Community roster: {0} communities</translation>
    </message>
    <message>
        <source>选择社区经本街道报送的数据包（可以多选）</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Choose the bundles that communities sent through this street (you can select several)</translation>
    </message>
    <message>
        <source>街道副本 (street-*.shequ);;交换文件 (*.shequ);;所有文件 (*)</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Street copies (street-*.shequ);;Exchange files (*.shequ);;All files (*)</translation>
    </message>
    <message>
        <source>选择放有社区数据包的文件夹（如 U 盘）</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Choose the folder that holds the community bundles (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>没有找到数据包</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>No bundles found</translation>
    </message>
    <message>
        <source>文件夹 {0} 中没有给本街道的数据包（文件名以 street-{1}- 开头），没有导入任何内容。</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>The folder {0} has no bundles for this street (file names starting with street-{1}-); nothing was imported.</translation>
    </message>
    <message>
        <source>导入</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入社区数据包</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Import community bundles</translation>
    </message>
    <message>
        <source>社区给街道的数据包用街道证书加密，要用街道密钥打开。</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>The bundles communities send to the street are encrypted with the street certificate and can only be opened with the street key.</translation>
    </message>
    <message>
        <source>没有导入</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>正在导入社区数据包…</source>
        <extracomment>desktop/street/import_action.py</extracomment>
        <translation>Importing community bundles…</translation>
    </message>
    <message>
        <source>无法读取这个文件（{0}），没有导入。</source>
        <extracomment>desktop/street/importing.py</extracomment>
        <translation>Cannot read this file ({0}); it was not imported.</translation>
    </message>
    <message>
        <source>正在导入第 {0} 个文件（共 {1} 个）：{2}</source>
        <extracomment>desktop/street/importing.py</extracomment>
        <translation>Importing file {0} of {1}: {2}</translation>
    </message>
    <message>
        <source>生成</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Make</translation>
    </message>
    <message>
        <source>生成证书申请</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Make certificate request</translation>
    </message>
    <message>
        <source>证书申请用街道密钥签名，要用街道口令打开密钥。</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>The certificate request is signed with the street key; the street passphrase is needed to open the key.</translation>
    </message>
    <message>
        <source>选择保存证书申请文件的文件夹（如 U 盘）</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Choose the folder to save the certificate request file in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>没有生成申请</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Request not made</translation>
    </message>
    <message>
        <source>无法写到 {0}（{1}）。请换一个文件夹或 U 盘再试。</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Cannot write to {0} ({1}). Please try another folder or USB drive.</translation>
    </message>
    <message>
        <source>已生成街道的证书申请文件</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>The street&apos;s certificate request file has been made</translation>
    </message>
    <message>
        <source>{0}。请把这个文件交给市委组织部；市里颁发证书后，点“文件 ▸ 安装市级证书…”安装。</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>{0}. Give this file to the City Organization Department; once the city issues the certificate, install it with “File ▸ Install city certificate…”.</translation>
    </message>
    <message>
        <source>选择市级颁发的街道证书文件</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Choose the street certificate file issued by the city</translation>
    </message>
    <message>
        <source>街道证书文件 (*-street-certificate.json);;所有文件 (*)</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Street certificate files (*-street-certificate.json);;All files (*)</translation>
    </message>
    <message>
        <source>没有安装证书</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Certificate not installed</translation>
    </message>
    <message>
        <source>已安装市级颁发的街道证书</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>The street certificate issued by the city is installed</translation>
    </message>
    <message>
        <source>{0}（{1}），由“{2}”颁发，有效期至 {3}。下一步：安装市级给本街道的社区名单。</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>{0} ({1}), issued by “{2}”, valid until {3}. Next: install the city&apos;s community roster for this street.</translation>
    </message>
    <message>
        <source>选择市级给本街道的社区名单文件</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Choose the city&apos;s community roster file for this street</translation>
    </message>
    <message>
        <source>社区名单文件 (*-street-roster.json);;所有文件 (*)</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Community roster files (*-street-roster.json);;All files (*)</translation>
    </message>
    <message>
        <source>没有安装名单</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Roster not installed</translation>
    </message>
    <message>
        <source>无</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>已安装市级的社区名单</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>The city&apos;s community roster is installed</translation>
    </message>
    <message>
        <source>经本街道报送的社区：{0}</source>
        <extracomment>desktop/street/installing.py</extracomment>
        <translation>Communities sending through this street: {0}</translation>
    </message>
    <message>
        <source>生成并签名</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Generate and sign</translation>
    </message>
    <message>
        <source>生成街道汇总报表</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Generate the street&apos;s consolidated return</translation>
    </message>
    <message>
        <source>街道汇总报表用街道密钥签名，市级可以核验。</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>The street&apos;s consolidated return is signed with the street key, so the city can verify it.</translation>
    </message>
    <message>
        <source>选择保存街道汇总报表的文件夹</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Choose the folder to save the street&apos;s consolidated return in</translation>
    </message>
    <message>
        <source>已生成{0}街道汇总报表</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Generated the street&apos;s consolidated return for {0}</translation>
    </message>
    <message>
        <source>报表文件：{0}</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Return file: {0}</translation>
    </message>
    <message>
        <source>没有生成报表</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Return not generated</translation>
    </message>
    <message>
        <source>正在生成街道汇总报表…</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Generating the street&apos;s consolidated return…</translation>
    </message>
    <message>
        <source>添加街道工作者</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Add street worker</translation>
    </message>
    <message>
        <source>添加街道经费</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Add street funds</translation>
    </message>
    <message>
        <source>已保存：{0}</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除“{0}”的原因（记录在修改记录中）：</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Reason for deleting “{0}” (kept in the change history):</translation>
    </message>
    <message>
        <source>删除人姓名：</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Name of the person deleting:</translation>
    </message>
    <message>
        <source>没有删除</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>原因：{0}</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>已删除“{0}”</source>
        <extracomment>desktop/street/ledger_actions.py</extracomment>
        <translation>Deleted “{0}”</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>职务</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>任职日期</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Start date in post</translation>
    </message>
    <message>
        <source>如 2024-03-01</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>e.g. 2024-03-01</translation>
    </message>
    <message>
        <source>仍在职不填</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Leave empty while still in post</translation>
    </message>
    <message>
        <source>离任日期</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>End date in post</translation>
    </message>
    <message>
        <source>如 4800 或 1.2万</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>e.g. 4800 or 1.2万</translation>
    </message>
    <message>
        <source>报酬（元）</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Pay (yuan)</translation>
    </message>
    <message>
        <source>报酬计算方式</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Pay period</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>到账日期</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Date received</translation>
    </message>
    <message>
        <source>如 2026-01-15</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>e.g. 2026-01-15</translation>
    </message>
    <message>
        <source>如 12000 或 1.2万</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>e.g. 12000 or 1.2万</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>经费来源</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>用途</source>
        <extracomment>desktop/street/ledger_dialogs.py, desktop/street/ledger_tab.py</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>不填即到账的年份</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Leave empty to use the year the money arrived</translation>
    </message>
    <message>
        <source>预算年度</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>：</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>:</translation>
    </message>
    <message>
        <source>录入人</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>录入人*：</source>
        <extracomment>desktop/street/ledger_dialogs.py</extracomment>
        <translation>Entered by*:</translation>
    </message>
    <message>
        <source>街道工作者：</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Street workers:</translation>
    </message>
    <message>
        <source>街道经费：</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Street funds:</translation>
    </message>
    <message>
        <source>{0} 到账 {1} 元</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>{1} yuan received on {0}</translation>
    </message>
    <message>
        <source>在职</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>In post</translation>
    </message>
    <message>
        <source>街道工作者 {0} 人，运营经费 {1} 元，人均 {2} 元/人·年（标准 {3} 元/人·年）：{4}</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>{0} street workers, operating funds {1} yuan, {2} yuan per worker per year (standard {3} yuan per worker per year): {4}</translation>
    </message>
    <message>
        <source>报酬</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Pay</translation>
    </message>
    <message>
        <source>街道工作者</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Street workers</translation>
    </message>
    <message>
        <source>来源</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>街道经费</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Street funds</translation>
    </message>
    <message>
        <source>添加工作者…</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Add worker…</translation>
    </message>
    <message>
        <source>添加经费…</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Add funds…</translation>
    </message>
    <message>
        <source>删除选中的…</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>删除选中的工作者或经费（写明原因，记录在修改记录中）</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Delete the selected worker or funds (give a reason; it is kept in the change history)</translation>
    </message>
    <message>
        <source>生成街道汇总报表…</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>Generate the street&apos;s consolidated return…</translation>
    </message>
    <message>
        <source>各社区的报表和本街道的台账汇总成一份报表，用街道密钥签名</source>
        <extracomment>desktop/street/ledger_tab.py</extracomment>
        <translation>The communities&apos; returns and the street&apos;s own ledgers combined into one return, signed with the street key</translation>
    </message>
    <message>
        <source>整份报表</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>Whole return</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>已通过（已加签）</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>Accepted (countersigned)</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>已报送</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>街道还没有审核。</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>The street has not reviewed it yet.</translation>
    </message>
    <message>
        <source>街道审核：{0}，{1}（{2}）</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>Street review: {0}, {1} ({2})</translation>
    </message>
    <message>
        <source>导入时核验：签名和报表文件都没有发现问题。</source>
        <extracomment>desktop/street/review_state.py</extracomment>
        <translation>Checked on import: no problems found with the signatures or the return file.</translation>
    </message>
    <message>
        <source>意见记录：</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Comments:</translation>
    </message>
    <message>
        <source>共 {0} 份报表，待审核 {1} 份（排在前面）。</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>{0} returns, {1} pending review (listed first).</translation>
    </message>
    <message>
        <source>还没有报表：请导入社区经本街道报送的数据包（文件 ▸ 导入社区数据包…）。</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>No returns yet: import the bundles that communities sent through this street (File ▸ Import community bundles…).</translation>
    </message>
    <message>
        <source>选择一份报表查看</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Select a return to view</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}报表，第 {3} 版</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>{0} ({1}) {2} return, version {3}</translation>
    </message>
    <message>
        <source>还没有意见。</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>到达时间</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Arrival time</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/street/review_tab.py, desktop/street/top_bar.py</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>版本</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>社区</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Community</translation>
    </message>
    <message>
        <source>街道审核</source>
        <extracomment>desktop/street/review_tab.py, desktop/street/status_tab.py, desktop/street/window.py</extracomment>
        <translation>Street review</translation>
    </message>
    <message>
        <source>经本街道报送的报表</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Returns sent through this street</translation>
    </message>
    <message>
        <source>待审核的报表排在前面。</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Returns pending review are listed first.</translation>
    </message>
    <message>
        <source>判断</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>指标</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>数值</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Value</translation>
    </message>
    <message>
        <source>方面</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Area</translation>
    </message>
    <message>
        <source>标准</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>报表中的指标</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Figures in the return</translation>
    </message>
    <message>
        <source>关于</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>About</translation>
    </message>
    <message>
        <source>意见</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Comment</translation>
    </message>
    <message>
        <source>提出人</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Written by</translation>
    </message>
    <message>
        <source>时间</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>意见记录</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Comments</translation>
    </message>
    <message>
        <source>通过（加签）…</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Accept and countersign…</translation>
    </message>
    <message>
        <source>审核通过：用街道密钥在报表上加盖街道的签名，之后可以报送市级</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Accept: add the street&apos;s signature to the return with the street key; it can then be sent to the city</translation>
    </message>
    <message>
        <source>退回…</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>退回报表并写明原因，社区导入街道回执后会看到</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Send the return back with a reason; the community will see it after importing the street&apos;s receipt</translation>
    </message>
    <message>
        <source>有问题…</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Flag a problem…</translation>
    </message>
    <message>
        <source>标记报表有问题并写明问题，社区导入街道回执后会看到</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Mark the return as having a problem and say what it is; the community will see it after importing the street&apos;s receipt</translation>
    </message>
    <message>
        <source>查看报表</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>View return</translation>
    </message>
    <message>
        <source>用电脑上的 PDF 阅读程序打开社区签署的报表</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Open the return the community signed with the PDF reader on this computer</translation>
    </message>
    <message>
        <source>对这一项提意见…</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Comment on this item…</translation>
    </message>
    <message>
        <source>对选中的指标写一条意见（记录提出人），社区导入街道回执后会看到</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Write a comment on the selected figure (the person is recorded); the community sees it after importing the street&apos;s receipt</translation>
    </message>
    <message>
        <source>报表中的指标（选中一项可以提意见）：</source>
        <extracomment>desktop/street/review_tab.py</extracomment>
        <translation>Figures in the return (select one to comment on it):</translation>
    </message>
    <message>
        <source>正在统计{0}…</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Compiling figures for {0}…</translation>
    </message>
    <message>
        <source>没有统计出来</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Could not compile the figures</translation>
    </message>
    <message>
        <source>统计已取消。点“重新统计”再统计一次。</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Counting cancelled. Click “Recalculate” to count again.</translation>
    </message>
    <message>
        <source>正在统计各社区的情况…</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Compiling the status of all communities…</translation>
    </message>
    <message>
        <source>{0}，共 {1} 个社区</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>{0}, {1} communities</translation>
    </message>
    <message>
        <source>还没有社区：请安装市级给本街道的社区名单（文件 ▸ 安装社区名单…）。</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>No communities yet: install the city&apos;s community roster for this street (File ▸ Install community roster…).</translation>
    </message>
    <message>
        <source>未报</source>
        <extracomment>desktop/street/status_tab.py, desktop/street/texts.py</extracomment>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>第 {0} 版，{1} 到达</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Version {0}, arrived {1}</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>待审核情况</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Pending reviews</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>目前状态</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Current status</translation>
    </message>
    <message>
        <source>社区代码</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Community code</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Community name</translation>
    </message>
    <message>
        <source>各社区报送情况</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Submissions by community</translation>
    </message>
    <message>
        <source>审核这个社区的报表</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Review this community&apos;s returns</translation>
    </message>
    <message>
        <source>到“审核”页查看选中社区的报表（也可以双击这一行）</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Look at the selected community&apos;s returns on the “Review” page (or double-click the row)</translation>
    </message>
    <message>
        <source>写回执…</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Write receipts…</translation>
    </message>
    <message>
        <source>给选中的社区写街道的回执（审核结果和意见），存到 U 盘交给社区</source>
        <extracomment>desktop/street/status_tab.py</extracomment>
        <translation>Write the street&apos;s receipt for the selected communities (review results and comments) and save it to a USB drive for the community</translation>
    </message>
    <message>
        <source>待审核</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>已通过</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已退回</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>有问题</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Has a problem</translation>
    </message>
    <message>
        <source>待街道审核</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Waiting for the street</translation>
    </message>
    <message>
        <source>街道退回</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Sent back by the street</translation>
    </message>
    <message>
        <source>待市审核</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Waiting for the city</translation>
    </message>
    <message>
        <source>市级退回</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Sent back by the city</translation>
    </message>
    <message>
        <source>市级认为有问题</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>The city found a problem</translation>
    </message>
    <message>
        <source>已锁定</source>
        <extracomment>desktop/street/texts.py, desktop/street/window.py</extracomment>
        <translation>Locked</translation>
    </message>
    <message>
        <source>已解锁</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>待审核 {0} 份</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>{0} pending review</translation>
    </message>
    <message>
        <source>已退回 {0} 份</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>{0} sent back</translation>
    </message>
    <message>
        <source>已通过待市审核 {0} 份</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>{0} accepted, waiting for the city</translation>
    </message>
    <message>
        <source>未报 {0} 个社区</source>
        <extracomment>desktop/street/texts.py</extracomment>
        <translation>{0} communities not reported</translation>
    </message>
    <message>
        <source>{0} · 各社区报送和审核情况</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>{0} · Submissions and reviews by community</translation>
    </message>
    <message>
        <source>报告期(&amp;P)：</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>重新统计</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>重新读取各社区的情况</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Reload the status of all communities</translation>
    </message>
    <message>
        <source>导入社区数据包…</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Import community bundles…</translation>
    </message>
    <message>
        <source>导入社区经本街道报送的数据包（可以一次选多个文件）</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Import bundles that communities sent through this street (you can select several files at once)</translation>
    </message>
    <message>
        <source>报送市级…</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Send to the city…</translation>
    </message>
    <message>
        <source>把审核过的报表和街道的审核结果写到 U 盘，交给市级</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>Write the reviewed returns and the street&apos;s review results to a USB drive for the city</translation>
    </message>
    <message>
        <source>U 盘：</source>
        <extracomment>desktop/street/top_bar.py</extracomment>
        <translation>USB drive:</translation>
    </message>
    <message>
        <source>街道审核：{0}</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Street review: {0}</translation>
    </message>
    <message>
        <source>关闭</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>社区报送情况</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Community submissions</translation>
    </message>
    <message>
        <source>审核</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>本街道台账</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>The street&apos;s own ledgers</translation>
    </message>
    <message>
        <source>数据文件夹：{0}</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入社区数据包(&amp;I)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>&amp;Import community bundles…</translation>
    </message>
    <message>
        <source>导入文件夹中的数据包(&amp;D)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Import bundles in a fol&amp;der…</translation>
    </message>
    <message>
        <source>报送市级(&amp;S)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>&amp;Send to the city…</translation>
    </message>
    <message>
        <source>写回执(&amp;R)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Write &amp;receipts…</translation>
    </message>
    <message>
        <source>安装市级证书(&amp;C)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Install city &amp;certificate…</translation>
    </message>
    <message>
        <source>安装社区名单(&amp;N)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Install community &amp;roster…</translation>
    </message>
    <message>
        <source>生成证书申请(&amp;Q)…</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Make certificate re&amp;quest…</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>忘记已输入的街道口令：下次需要时重新询问</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Forget the street passphrase entered: ask again when it is needed</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用手册</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>User manual</translation>
    </message>
    <message>
        <source>审核（待审核 {0} 份）</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Review ({0} pending)</translation>
    </message>
    <message>
        <source>没有完成</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>街道口令已忘记，下次需要时会重新询问。</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>The street passphrase has been forgotten; it will be asked again when needed.</translation>
    </message>
    <message>
        <source>备份没有完成</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>The backup did not finish</translation>
    </message>
    <message>
        <source>请输入街道口令（建立街道安装时设定的）。</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Enter the street passphrase (set when the street installation was created).</translation>
    </message>
    <message>
        <source>口令正确时，本窗口会记住它，{0} 分钟不用自动忘记；点“文件 ▸ 锁定”可以立即忘记。</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Once the passphrase is right, this window remembers it; it is forgotten after {0} minutes without use, or at once with File ▸ Lock.</translation>
    </message>
    <message>
        <source>街道口令：</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Street passphrase:</translation>
    </message>
    <message>
        <source>已记住街道口令</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>Street passphrase remembered</translation>
    </message>
    <message>
        <source>点“文件 ▸ 锁定”（Ctrl+L）立即忘记</source>
        <extracomment>desktop/street/window.py</extracomment>
        <translation>File ▸ Lock (Ctrl+L) forgets it at once</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <extracomment>desktop/common/tasks.py</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候…</source>
        <extracomment>desktop/common/tasks.py</extracomment>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>正在处理</source>
        <extracomment>desktop/common/tasks.py</extracomment>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>字号：{0}%</source>
        <extracomment>desktop/common/text_size.py</extracomment>
        <translation>Text size: {0}%</translation>
    </message>
    <message>
        <source>放大字号</source>
        <extracomment>desktop/common/text_size.py</extracomment>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>缩小字号</source>
        <extracomment>desktop/common/text_size.py</extracomment>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>恢复标准字号</source>
        <extracomment>desktop/common/text_size.py</extracomment>
        <translation>Standard text size</translation>
    </message>
</context>
<context>
    <name>UnlockRequest</name>
    <message>
        <source>没有申请解锁</source>
        <extracomment>desktop/common/unlock_request.py</extracomment>
        <translation>Unlock not requested</translation>
    </message>
    <message>
        <source>请先登录（管理员）再申请解锁。</source>
        <extracomment>desktop/common/unlock_request.py</extracomment>
        <translation>Please sign in (as an administrator) before asking to unlock.</translation>
    </message>
    <message>
        <source>申请解锁{0}：市级同意后，这个报告期可以更正，更正后重新签署报送。
请写明要更正什么、为什么（市级审核时会看到）：</source>
        <extracomment>desktop/common/unlock_request.py</extracomment>
        <translation>Ask to unlock {0}: once the city grants it, this reporting period can be corrected, then signed and sent again.
Please write what needs correcting and why (the city sees it when reviewing):</translation>
    </message>
    <message>
        <source>申请解锁</source>
        <extracomment>desktop/common/unlock_request.py</extracomment>
        <translation>Ask to unlock</translation>
    </message>
    <message>
        <source>已申请解锁</source>
        <extracomment>desktop/common/unlock_request.py</extracomment>
        <translation>Unlock requested</translation>
    </message>
    <message>
        <source>已申请解锁{0}。
请在“数据交换”页导出数据包报送；市级同意后，导入市级回执即可更正。</source>
        <extracomment>desktop/common/unlock_request.py</extracomment>
        <translation>Asked to unlock {0}.
Export a bundle on the “Data exchange” page to send the request; once the city grants it, import the city&apos;s receipt and you can make the correction.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>已建立社区台账：{0}（{1}），数据文件夹 {2}</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>Set up the community ledgers: {0} ({1}), data folder {2}</translation>
    </message>
    <message>
        <source>正在生成演示数据… {0}%</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>Making demo data… {0}%</translation>
    </message>
    <message>
        <source>已建立演示社区，共 {0} 条记录，数据文件夹 {1}</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>Made the demo community with {0} records in the data folder {1}</translation>
    </message>
    <message>
        <source>报告期</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>reporting period</translation>
    </message>
    <message>
        <source>记录数</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>Records</translation>
    </message>
    <message>
        <source>“三有一化”达标情况</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>“Three Haves, One Standard” results</translation>
    </message>
    <message>
        <source>提醒</source>
        <extracomment>desktop/cli/office.py, desktop/cli/sheets.py</extracomment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>错误</source>
        <extracomment>desktop/cli/office.py, desktop/cli/sheets.py</extracomment>
        <translation>Errors</translation>
    </message>
    <message>
        <source>签名口令：</source>
        <extracomment>desktop/cli/keys.py, desktop/cli/returns.py</extracomment>
        <translation>Signing passphrase:</translation>
    </message>
    <message>
        <source>已签署</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>草稿，未签署</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Draft, not signed</translation>
    </message>
    <message>
        <source>已生成报表：{0}（{1}，第 {2} 版，共 {3} 页，{4}）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Return made: {0} ({1}, version {2}, {3} pages, {4})</translation>
    </message>
    <message>
        <source>已为本社区生成签名密钥和自签名证书（在数据文件夹的 keys 中，口令加密保存）。</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Made a signing key and a self-signed certificate for this community (in keys in the data folder, encrypted with the passphrase).</translation>
    </message>
    <message>
        <source>注意：市委组织部尚未为本社区颁发证书，本报表以自签名证书签署，报表中已注明。</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Note: the city Organization Department has not yet issued this community a certificate; this return is signed with a self-signed certificate, as the return states.</translation>
    </message>
    <message>
        <source>数据摘要（SHA-256）：{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Data digest (SHA-256): {0}</translation>
    </message>
    <message>
        <source>核验结果：{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Verification result: {0}</translation>
    </message>
    <message>
        <source>说明：{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>签名人：{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Signed by: {0}</translation>
    </message>
    <message>
        <source>证书：{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Certificate: {0}</translation>
    </message>
    <message>
        <source>签名时间：{0}（北京时间）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Signed at: {0} (Beijing time)</translation>
    </message>
    <message>
        <source>填报单位：{0}（{1}）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Reporting unit: {0} ({1})</translation>
    </message>
    <message>
        <source>报告期：{0}，第 {1} 版</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Reporting period: {0}, version {1}</translation>
    </message>
    <message>
        <source>已中断。</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>详情已写入 {0}</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>Details written to {0}</translation>
    </message>
    <message>
        <source>社区台账遇到内部错误：{0}。{1}</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>Community Ledgers ran into an internal error: {0}. {1}</translation>
    </message>
    <message>
        <source>命令行参数有误：{0}。运行 “shequ --help” 查看用法。</source>
        <extracomment>desktop/cli/common.py</extracomment>
        <translation>Wrong command-line arguments: {0}. Run “shequ --help” for usage.</translation>
    </message>
    <message>
        <source>规模必须是 1 到 1000 之间的整数</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>the scale must be a whole number from 1 to 1000</translation>
    </message>
    <message>
        <source>社区台账：社区“三有一化”台账与报表。不带命令时打开桌面程序。</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>Community Ledgers: ledgers and returns for “Three Haves, One Standard”. Without a command it opens the desktop app.</translation>
    </message>
    <message>
        <source>数据文件夹（默认：环境变量 SHEQU_DATA_DIR，或本机用户数据文件夹）</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>data folder (default: the SHEQU_DATA_DIR environment variable, or the user data folder)</translation>
    </message>
    <message>
        <source>命令</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>command</translation>
    </message>
    <message>
        <source>建立社区台账</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>set up a community&apos;s ledgers</translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>12-digit statistical division code</translation>
    </message>
    <message>
        <source>社区名称</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>community name</translation>
    </message>
    <message>
        <source>所属街道(镇)</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>sub-district (town)</translation>
    </message>
    <message>
        <source>所属区/旗/县</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>district / banner / county</translation>
    </message>
    <message>
        <source>所属市</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>city</translation>
    </message>
    <message>
        <source>建立演示社区（示例数据）</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>make a demo community (sample data)</translation>
    </message>
    <message>
        <source>数据量倍数（1 为一个普通社区）</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>data scale (1 is a typical community)</translation>
    </message>
    <message>
        <source>各类台账的记录数和“三有一化”达标情况</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>record counts per ledger and the “Three Haves, One Standard” results</translation>
    </message>
    <message>
        <source>报告期，如 2026、2026H1、2026Q3、2026-07（默认：今年）</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>reporting period, e.g. 2026, 2026H1, 2026Q3, 2026-07 (default: this year)</translation>
    </message>
    <message>
        <source>生成报表 PDF（加 --sign 签署并留存）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>make the return PDF (add --sign to sign and keep it)</translation>
    </message>
    <message>
        <source>报告期，如 2026、2026H1、2026Q3、2026-07</source>
        <extracomment>desktop/cli/city.py, desktop/cli/returns.py, desktop/cli/street_status.py</extracomment>
        <translation>reporting period, e.g. 2026, 2026H1, 2026Q3, 2026-07</translation>
    </message>
    <message>
        <source>报表 PDF 保存到哪里</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>where to save the return PDF</translation>
    </message>
    <message>
        <source>用本社区的签名密钥签署，并留存为不可修改的快照</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>sign with this community&apos;s signing key and keep it as a snapshot that cannot be changed</translation>
    </message>
    <message>
        <source>本社区的签名密钥和市级证书：申请、安装、查看</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>This community’s signing key and city certificate: request, install, view</translation>
    </message>
    <message>
        <source>操作</source>
        <extracomment>desktop/cli/city.py, desktop/cli/keys.py, desktop/cli/street.py, desktop/cli/street_ledger.py</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>生成证书申请文件，交市委组织部颁发证书</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Generate a certificate request file for the City Organization Department to issue a certificate</translation>
    </message>
    <message>
        <source>申请文件保存到哪个文件夹（如 U 盘）</source>
        <extracomment>desktop/cli/keys.py, desktop/cli/street.py</extracomment>
        <translation>Folder to save the request file in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>生成新密钥替换现有密钥（证书被吊销或密钥丢失时）</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Generate a new key to replace the current one (if the certificate has been revoked or the key lost)</translation>
    </message>
    <message>
        <source>安装市里颁发的证书文件</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Install a certificate file issued by the city</translation>
    </message>
    <message>
        <source>市里颁发的证书文件（&lt;代码&gt;-certificate.json）</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Certificate file issued by the city (CODE-certificate.json)</translation>
    </message>
    <message>
        <source>市级已更换根证书时，用新的替换已安装的</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Replace the installed root certificate with the new one when the city has changed its root certificate</translation>
    </message>
    <message>
        <source>查看本社区的证书和所信任的市级证书</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Show this community’s certificate and the trusted city certificate</translation>
    </message>
    <message>
        <source>签名口令</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <source>已为本社区生成新的签名密钥（在数据文件夹的 keys 中，口令加密保存）。</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Generated a new signing key for this community (stored in keys in the data folder, encrypted with a passphrase).</translation>
    </message>
    <message>
        <source>已生成证书申请文件：{0}（{1}，{2}）</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Generated the certificate request file: {0} ({1}, {2})</translation>
    </message>
    <message>
        <source>密钥指纹：{0}</source>
        <extracomment>desktop/cli/keys.py, desktop/cli/street.py</extracomment>
        <translation>Key fingerprint: {0}</translation>
    </message>
    <message>
        <source>下一步：把这个文件拷贝到 U 盘交给市委组织部；市里颁发证书后，运行 “shequ keys install 证书文件” 安装。</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Next step: copy this file to a USB drive and give it to the City Organization Department. Once the city has issued the certificate, install it with “shequ keys install CERTIFICATE-FILE”.</translation>
    </message>
    <message>
        <source>已安装市级颁发的证书：社区 {0}，由“{1}”颁发，有效期至 {2}。</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Installed the certificate issued by the city: community {0}, issued by “{1}”, valid until {2}.</translation>
    </message>
    <message>
        <source>市级根证书指纹：{0}（请与市委组织部核对）</source>
        <extracomment>desktop/cli/keys.py, desktop/cli/street.py</extracomment>
        <translation>City root certificate fingerprint: {0} (check it with the City Organization Department)</translation>
    </message>
    <message>
        <source>注意：已用新的市级根证书替换了原来的。</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Note: the previous city root certificate has been replaced with the new one.</translation>
    </message>
    <message>
        <source>今后签署的报表和导出的交换文件都使用这个证书。</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Returns signed and exchange files exported from now on will use this certificate.</translation>
    </message>
    <message>
        <source>本社区还没有签名密钥。第一次签署报表或运行 “shequ keys request” 时会生成。</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>This community has no signing key yet. One is generated the first time a return is signed or “shequ keys request” is run.</translation>
    </message>
    <message>
        <source>证书主体：{0}</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Certificate subject: {0}</translation>
    </message>
    <message>
        <source>颁发者：{0}</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Issuer: {0}</translation>
    </message>
    <message>
        <source>有效期：{0} 至 {1}</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Valid from {0} to {1}</translation>
    </message>
    <message>
        <source>类型：自签名证书（市委组织部尚未颁发证书；运行 “shequ keys request” 申请）</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Type: self-signed certificate (the City Organization Department has not issued a certificate yet; run “shequ keys request” to apply)</translation>
    </message>
    <message>
        <source>类型：市级颁发的证书</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Type: certificate issued by the city</translation>
    </message>
    <message>
        <source>信任的市级：{0}（根证书指纹 {1}）</source>
        <extracomment>desktop/cli/keys.py, desktop/cli/street.py</extracomment>
        <translation>Trusted city: {0} (root certificate fingerprint {1})</translation>
    </message>
    <message>
        <source>市级：根证书、为社区颁发和吊销证书、汇总各社区数据</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>City: root certificate, issuing and revoking community certificates, combining community data</translation>
    </message>
    <message>
        <source>建立市级安装（根证书、交换密钥、汇总数据库）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Set up a city installation (root certificate, exchange key, summary database)</translation>
    </message>
    <message>
        <source>市级名称，如 中共巴彦淖尔市委组织部</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Name of the city office, e.g. 中共巴彦淖尔市委组织部</translation>
    </message>
    <message>
        <source>根据社区的申请文件颁发证书</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Issue a certificate from a community’s request file</translation>
    </message>
    <message>
        <source>社区的证书申请文件（&lt;代码&gt;-request.pem）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The community’s certificate request file (CODE-request.pem)</translation>
    </message>
    <message>
        <source>证书文件保存到哪个文件夹（如 U 盘）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Folder to save the certificate file in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>有效年数（1 到 10，默认 3）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Years of validity (1 to 10, default 3)</translation>
    </message>
    <message>
        <source>社区的 12 位代码</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street.py, desktop/cli/street_ack.py, desktop/cli/street_review.py</extracomment>
        <translation>The community’s 12-digit code</translation>
    </message>
    <message>
        <source>吊销原因</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <source>已颁发证书的社区名单</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>List of communities that have been issued certificates</translation>
    </message>
    <message>
        <source>有效年数必须是 1 到 10 之间的整数</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The number of years must be a whole number from 1 to 10</translation>
    </message>
    <message>
        <source>市级口令</source>
        <extracomment>desktop/cli/city.py, desktop/cli/exchange.py, desktop/cli/street.py</extracomment>
        <translation>City passphrase</translation>
    </message>
    <message>
        <source>市级口令：</source>
        <extracomment>desktop/cli/city.py, desktop/cli/exchange.py, desktop/cli/street.py</extracomment>
        <translation>City passphrase:</translation>
    </message>
    <message>
        <source>已建立市级安装：{0}，数据文件夹 {1}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>City installation set up: {0}, data folder {1}</translation>
    </message>
    <message>
        <source>根证书指纹：{0}（社区安装证书时会显示同样的指纹，可用来核对）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Root certificate fingerprint: {0} (communities see the same fingerprint when installing their certificate and can use it to verify)</translation>
    </message>
    <message>
        <source>请妥善保管市级口令：忘记口令将无法颁发证书，也无法打开各社区报送的交换文件。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Keep the city passphrase safe: if it is forgotten, no certificates can be issued and the exchange files submitted by communities cannot be opened.</translation>
    </message>
    <message>
        <source>已为 {0}（{1}）颁发证书，有效期至 {2}：{3}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Issued a certificate for {0} ({1}), valid until {2}: {3}</translation>
    </message>
    <message>
        <source>社区密钥指纹：{0}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Community key fingerprint: {0}</translation>
    </message>
    <message>
        <source>该社区此前的证书已被这份新证书取代。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>This new certificate replaces the community’s previous certificate.</translation>
    </message>
    <message>
        <source>下一步：把这个文件拷贝给社区，由社区运行 “shequ keys install {0}” 安装。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Next step: copy this file for the community, which installs it by running “shequ keys install {0}”.</translation>
    </message>
    <message>
        <source>社区 {0}（{1}）的证书已于 {2} 吊销，无需再次吊销。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The certificate of community {0} ({1}) was already revoked on {2}; there is no need to revoke it again.</translation>
    </message>
    <message>
        <source>已吊销 {0}（{1}）的证书，原因：{2}。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Revoked the certificate of {0} ({1}). Reason: {2}.</translation>
    </message>
    <message>
        <source>今后用这些证书签名的交换文件都会被拒绝；该社区需运行 “shequ keys request --new-key” 重新申请证书。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Exchange files signed with these certificates will be rejected from now on. The community must run “shequ keys request --new-key” to apply for a new certificate.</translation>
    </message>
    <message>
        <source>还没有为任何社区颁发证书。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>No certificates have been issued to any community yet.</translation>
    </message>
    <message>
        <source>已吊销（{0}，{1}）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Revoked ({0}, {1})</translation>
    </message>
    <message>
        <source>有效至 {0}</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street.py</extracomment>
        <translation>Valid until {0}</translation>
    </message>
    <message>
        <source>颁发于 {0}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Issued on {0}</translation>
    </message>
    <message>
        <source>共 {0} 个社区。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0} communities in total.</translation>
    </message>
    <message>
        <source>（{0}，{1}，{2}）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation> ({0}, {1}, {2})</translation>
    </message>
    <message>
        <source>导出交换文件：报送市级，或交给本社区的另一台电脑</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Export an exchange file: submit to the city, or give to another computer in this community</translation>
    </message>
    <message>
        <source>交换文件保存到哪个文件夹（如 U 盘）</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Folder to save the exchange file in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>导出全部数据（默认只导出市级确认收到之后的改动）</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Export all data (by default, only changes since the city confirmed receipt are exported)</translation>
    </message>
    <message>
        <source>交给本社区的另一台电脑（包含全部字段，用口令加密）</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>For another computer in this community (all fields, encrypted with a passphrase)</translation>
    </message>
    <message>
        <source>交换文件（.shequ）</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Exchange file (.shequ)</translation>
    </message>
    <message>
        <source>前面的数据包确已丢失时：照样导入，并在导入记录中记下缺口</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>If earlier bundles have really been lost: import anyway and record the gap in the import log</translation>
    </message>
    <message>
        <source>各社区的报送情况和达标情况（按报告期）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Submission and compliance status of each community (by reporting period)</translation>
    </message>
    <message>
        <source>给社区写回执（确认收到的数据包、报表接收或退回、城市标准）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Write receipts for communities (acknowledged bundles, returns received or sent back, city standards)</translation>
    </message>
    <message>
        <source>社区代码（不写则给所有证书有效的社区各写一份）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Community code (if omitted, a receipt is written for each community with a valid certificate)</translation>
    </message>
    <message>
        <source>回执保存到哪个文件夹（如 U 盘）</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_ack.py</extracomment>
        <translation>Folder to save the receipts in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>随回执带上的证书文件（&lt;代码&gt;-certificate.json，只限一个社区）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Certificate file to include with the receipt (CODE-certificate.json, one community only)</translation>
    </message>
    <message>
        <source>市级汇总表（PDF）：各社区报送和达标情况</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>City summary (PDF): submission and compliance status of each community</translation>
    </message>
    <message>
        <source>保存到哪个文件</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>File to save to</translation>
    </message>
    <message>
        <source>用市级密钥签名</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Signed with the city key</translation>
    </message>
    <message>
        <source>导入时保留下来的同步冲突：查看和处理</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Sync conflicts kept during import: view and resolve</translation>
    </message>
    <message>
        <source>处理这个冲突</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Resolve this conflict</translation>
    </message>
    <message>
        <source>处理时保留哪一方：local 本机，incoming 数据包带来的</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Which side to keep: local (this computer) or incoming (from the bundle)</translation>
    </message>
    <message>
        <source>报表编号（见 shequ city status --json）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Return ID (see shequ city status --json)</translation>
    </message>
    <message>
        <source>退回（需写明原因）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Send back (reason required)</translation>
    </message>
    <message>
        <source>本社区设备之间交换文件的口令所在文件（第一行）；不指定时在终端中输入</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>File containing the passphrase for exchange files between this community’s devices (first line); if omitted, you are asked in the terminal</translation>
    </message>
    <message>
        <source>交换文件口令：</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Exchange file passphrase:</translation>
    </message>
    <message>
        <source>交换文件的口令</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Passphrase for the exchange file</translation>
    </message>
    <message>
        <source>本社区密钥口令：</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Community key passphrase:</translation>
    </message>
    <message>
        <source>本社区密钥的口令</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Passphrase for this community’s key</translation>
    </message>
    <message>
        <source>下一步：把这个文件交给市委组织部导入（shequ import {0}）。</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Next step: give this file to the City Organization Department to import (shequ import {0}).</translation>
    </message>
    <message>
        <source>{0}：{1}，报送期限 {2}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0}: {1}, due {2}</translation>
    </message>
    <message>
        <source>最近数据包第 {0} 号（{1}）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Latest bundle: No. {0} ({1})</translation>
    </message>
    <message>
        <source>尚未收到数据包</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>No bundle received yet</translation>
    </message>
    <message>
        <source>请再输入一遍：</source>
        <extracomment>desktop/cli/common.py</extracomment>
        <translation>Enter it again:</translation>
    </message>
    <message>
        <source>（第 {0} 版，{1}）</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_status.py</extracomment>
        <translation> (version {0}, {1})</translation>
    </message>
    <message>
        <source>无数据</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_status.py</extracomment>
        <translation>No data</translation>
    </message>
    <message>
        <source>【证书已吊销】</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>[Certificate revoked]</translation>
    </message>
    <message>
        <source>报表</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_status.py</extracomment>
        <translation>Returns</translation>
    </message>
    <message>
        <source>缺口：{0}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Gap: {0}</translation>
    </message>
    <message>
        <source>待处理的同步冲突 {0} 处</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0} sync conflicts pending</translation>
    </message>
    <message>
        <source>共 {0} 个社区，未报送 {1} 个。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0} communities in total, {1} not submitted.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致，没有做任何修改。请重试。</source>
        <extracomment>desktop/cli/common.py</extracomment>
        <translation>The two passphrases do not match. Nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>随回执带证书时只能写一个社区的回执，请写明社区代码。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>When a certificate is included, a receipt can be written for only one community. Specify the community code.</translation>
    </message>
    <message>
        <source>还没有证书有效的社区，没有写回执。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>No community has a valid certificate yet, so no receipts were written.</translation>
    </message>
    <message>
        <source>存放口令的文件（第一行）；不指定时在终端中输入</source>
        <extracomment>desktop/cli/common.py</extracomment>
        <translation>File containing the passphrase (first line); if omitted, you are asked in the terminal</translation>
    </message>
    <message>
        <source>处理冲突需要用 --keep 写明保留哪一方：local（本机）或 incoming（数据包带来的）。</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>To resolve a conflict, use --keep to say which side to keep: local (this computer) or incoming (from the bundle).</translation>
    </message>
    <message>
        <source>已处理冲突 {0}。</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Conflict {0} resolved.</translation>
    </message>
    <message>
        <source>本机第 {0} 版 / 数据包第 {1} 版，不同的字段：{2}</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Local version {0} / bundle version {1}, differing fields: {2}</translation>
    </message>
    <message>
        <source>待处理的同步冲突 {0} 处。</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>{0} sync conflicts pending.</translation>
    </message>
    <message>
        <source>已签名</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>对整份报表的意见，社区会看到（退回、有问题时必填）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Comment on the whole return, which the community will see (required when sending back or marking a problem)</translation>
    </message>
    <message>
        <source>审核人姓名（记录在决定中）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Reviewer&apos;s name (recorded with the decision)</translation>
    </message>
    <message>
        <source>直接报送市级</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street.py</extracomment>
        <translation>Directly to the city</translation>
    </message>
    <message>
        <source>经街道 {0} 报送</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Through street {0}</translation>
    </message>
    <message>
        <source>有问题：{0}</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_status.py</extracomment>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>{0}已将报表 {1} 标记为{2}；下一份回执（shequ city ack）会告知社区。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0} marked return {1} as {2}; the next receipt (shequ city ack) will tell the community.</translation>
    </message>
    <message>
        <source>未签名</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>已生成市级汇总表：{0}（{1}，共 {2} 页，{3}）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Generated the city summary: {0} ({1}, {2} pages, {3})</translation>
    </message>
    <message>
        <source>审核社区报送的报表：通过、退回或有问题</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Review a return sent by a community: accept it, send it back or mark a problem</translation>
    </message>
    <message>
        <source>通过（已接收），该报告期在社区锁定</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Accept (received); the reporting period is locked at the community</translation>
    </message>
    <message>
        <source>有问题（需写明问题）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Has a problem (say what the problem is)</translation>
    </message>
    <message>
        <source>对社区报表中的一项指标或一条记录提意见</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Comment on one figure or one record in a community&apos;s return</translation>
    </message>
    <message>
        <source>指标，如 service.activities（见 shequ city status --json）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>A figure, such as service.activities (see shequ city status --json)</translation>
    </message>
    <message>
        <source>记录：表名和记录编号，如 activity:记录编号</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>A record: its table and record ID, such as activity:RECORD-ID</translation>
    </message>
    <message>
        <source>意见，社区会在这一项旁边看到</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The comment; the community will see it next to this item</translation>
    </message>
    <message>
        <source>审核人姓名（记录在意见中）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Reviewer&apos;s name (recorded with the comment)</translation>
    </message>
    <message>
        <source>报表表头：表号、制表机关、批准机关、批准文号、有效期至（随回执发给社区）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The return&apos;s heading: form number, issuing authority, approved by, approval number, valid until (sent to the communities with the receipts)</translation>
    </message>
    <message>
        <source>表号</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Form number</translation>
    </message>
    <message>
        <source>制表机关</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>批准机关</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>批准文号</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>有效期至，如 2027-12-31</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Valid until, such as 2027-12-31</translation>
    </message>
    <message>
        <source>汇总数据库：{0}（PostgreSQL；请用 pg_dump 定期备份，见使用说明）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>City database: {0} (PostgreSQL; back it up regularly with pg_dump, see the manual)</translation>
    </message>
    <message>
        <source>这台电脑已加入市级安装：{0}，数据文件夹 {1}</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>This computer has joined the city installation: {0}, data folder {1}</translation>
    </message>
    <message>
        <source>街道 {0}（{1}）的证书已于 {2} 吊销，无需再次吊销。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The certificate of street {0} ({1}) was already revoked on {2}; there is no need to revoke it again.</translation>
    </message>
    <message>
        <source>已吊销街道 {0}（{1}）的证书，原因：{2}。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Revoked the certificate of street {0} ({1}); reason: {2}.</translation>
    </message>
    <message>
        <source>今后这个街道签名的转报文件和回执都会被拒绝。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>From now on, forwarded files and receipts signed by this street will be rejected.</translation>
    </message>
    <message>
        <source>经这个街道报送的 {0} 个社区改为直接报送市级（{1}），下次给它们写回执时会告诉它们。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The {0} communities that sent through this street now send directly to the city ({1}); the next receipts for them will tell them.</translation>
    </message>
    <message>
        <source>意见（{0}，第 {1} 版）：{2}（{3}）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Comment ({0}, version {1}): {2} ({3})</translation>
    </message>
    <message>
        <source>经{0}报送：街道尚未审核</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Through {0}: the street has not reviewed it yet</translation>
    </message>
    <message>
        <source>有问题</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_review.py</extracomment>
        <translation>Has a problem</translation>
    </message>
    <message>
        <source>退回</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>通过</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>经{0}报送：街道审核{1}（{2}，{3}）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Through {0}: the street&apos;s review: {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>{0}：待街道审核 {1} 个，街道退回 {2} 个，待市审核 {3} 个（经该街道报送的社区 {4} 个）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0}: {1} waiting for the street, {2} sent back by the street, {3} waiting for the city ({4} communities send through this street)</translation>
    </message>
    <message>
        <source>记录要写成 表名:记录编号，如 activity:记录编号。</source>
        <extracomment>desktop/cli/city.py, desktop/cli/street_review.py</extracomment>
        <translation>Write the record as TABLE:RECORD-ID, such as activity:RECORD-ID.</translation>
    </message>
    <message>
        <source>{0}已对 {1} {2}报表（第 {3} 版）的“{4}”提出意见；下一份回执（shequ city ack）会告知社区。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>{0} commented on “{4}” in the {2} return of {1} (version {3}); the next receipt (shequ city ack) will tell the community.</translation>
    </message>
    <message>
        <source>已保存报表表头，下一份回执（shequ city ack）会带给各社区。</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The return&apos;s heading is saved; the next receipt (shequ city ack) brings it to each community.</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>有效期至</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>汇总数据库：不写则用数据文件夹里的 SQLite 文件；多台电脑共用时写 PostgreSQL 地址，如 postgresql+psycopg://用户名@服务器/数据库名</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>City database: without it, the SQLite file in the data folder; for several computers, a PostgreSQL address, e.g. postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <source>在这台电脑上使用已建好的市级数据库（PostgreSQL，多台电脑共用）</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Use on this computer a city database already set up (PostgreSQL, shared by several computers)</translation>
    </message>
    <message>
        <source>市级数据库的地址，与第一台电脑 city init 时写的相同</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The city database&apos;s address, the same as written by city init on the first computer</translation>
    </message>
    <message>
        <source>吊销一个社区或街道的证书</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>Revoke the certificate of a community or a street</translation>
    </message>
    <message>
        <source>社区或街道的 12 位代码</source>
        <extracomment>desktop/cli/city.py</extracomment>
        <translation>The 12-digit code of the community or street</translation>
    </message>
    <message>
        <source>市级数据保存在哪里（本机或服务器）、数据结构版本、连接数</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Where the city&apos;s data is kept (this computer or a server), the schema version, the connections</translation>
    </message>
    <message>
        <source>把保存在本机的市级数据迁移到 PostgreSQL 服务器（多台电脑共用）</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Move the city&apos;s data kept on this computer to a PostgreSQL server (shared by several computers)</translation>
    </message>
    <message>
        <source>服务器上新建的空数据库的地址，如 postgresql+psycopg://用户名@服务器/数据库名</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>The address of the new empty database on the server, e.g. postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <source>数据保存在服务器 {0}/{1}</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Data kept on server {0}/{1}</translation>
    </message>
    <message>
        <source>数据库地址：{0}</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Database address: {0}</translation>
    </message>
    <message>
        <source>数据保存在本机：{0}</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Data kept on this computer: {0}</translation>
    </message>
    <message>
        <source>数据结构版本：{0}</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Schema version: {0}</translation>
    </message>
    <message>
        <source>现在的连接：{0} 个，来自 {1} 台电脑（包括这一台）</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Connections now: {0}, from {1} computers (this one included)</translation>
    </message>
    <message>
        <source>备份：请用 pg_dump 定期备份服务器上的数据库（见使用说明）</source>
        <extracomment>desktop/cli/city_database.py</extracomment>
        <translation>Backups: back up the server&apos;s database regularly with pg_dump (see the manual)</translation>
    </message>
    <message>
        <source>下一步：把这两个文件都交给街道；街道导入自己的副本（{0}），把另一个文件原样转交市委组织部。</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Next step: give both files to the street. The street imports its own copy ({0}) and passes the other file, unchanged, to the City Organization Department.</translation>
    </message>
    <message>
        <source>导入交换文件（社区报送的数据包、市级回执、街道回执或本社区另一台电脑的数据包）</source>
        <extracomment>desktop/cli/exchange.py</extracomment>
        <translation>Import an exchange file (a bundle sent by a community, a city receipt, a street receipt, or a bundle from another computer of this community)</translation>
    </message>
    <message>
        <source>报送路径：经街道 {0}（{1}）报送市级</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Route: through street {0} ({1}) to the city</translation>
    </message>
    <message>
        <source>报送路径：直接报送市级</source>
        <extracomment>desktop/cli/keys.py</extracomment>
        <translation>Route: directly to the city</translation>
    </message>
    <message>
        <source>没有权限写入：{0}（{1}）。请检查文件夹的写入权限，或换一个位置后重试。</source>
        <extracomment>desktop/cli/main.py</extracomment>
        <translation>No permission to write: {0} ({1}). Check the folder&apos;s write permission, or try again in another place.</translation>
    </message>
    <message>
        <source>检查范围：全部数据。共 {0} 个错误、{1} 个提醒。</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>Checked: all data. {0} errors, {1} warnings.</translation>
    </message>
    <message>
        <source>达标情况和生成报表时要写说明的事项要按报告期检查：shequ check --period 2026</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>The figures, and what the return will ask you to explain, are checked per reporting period: shequ check --period 2026</translation>
    </message>
    <message>
        <source>检查范围：{0}。共 {1} 个错误；{2} 条提醒在生成报表时需要书面说明。</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>Checked: {0}. {1} errors; {2} warnings need a written explanation when the return is made.</translation>
    </message>
    <message>
        <source>说明文件（--explain-file）是 JSON，按方括号后的编号写：{&quot;编号&quot;: &quot;说明&quot;}。</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>The explanation file (--explain-file) is JSON, keyed by the code after the brackets: {&quot;code&quot;: &quot;explanation&quot;}.</translation>
    </message>
    <message>
        <source>（空）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>单位负责人：{0}；填表人：{1}；联系电话：{2}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Head of unit: {0}; form filler: {1}; phone: {2}</translation>
    </message>
    <message>
        <source>签名证书所属社区代码：{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Office code of the signing certificate: {0}</translation>
    </message>
    <message>
        <source>市级</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>City level</translation>
    </message>
    <message>
        <source>社区</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Community</translation>
    </message>
    <message>
        <source>街道</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Street</translation>
    </message>
    <message>
        <source>签名 {0}（{1}）：{2}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Signature {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>，{0}</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>, {0}</translation>
    </message>
    <message>
        <source>，{0}（北京时间）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>, {0} (Beijing time)</translation>
    </message>
    <message>
        <source>，证书不受信任</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>, certificate not trusted</translation>
    </message>
    <message>
        <source>，证书可信</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>, certificate trusted</translation>
    </message>
    <message>
        <source>制表机关（默认：市级回执中的制表机关，否则中共巴彦淖尔市委组织部）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Issuing authority (default: the one in the city&apos;s receipt, else 中共巴彦淖尔市委组织部)</translation>
    </message>
    <message>
        <source>单位负责人（默认：角色为“负责人”的操作人员）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Head of unit (default: the operator whose role is “Head”)</translation>
    </message>
    <message>
        <source>填表人（默认：角色为“填表人”的操作人员）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Form filler (default: the operator whose role is “Form filler”)</translation>
    </message>
    <message>
        <source>联系电话（默认：社区基本情况中的联系电话）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>Phone (default: the phone number in the community profile)</translation>
    </message>
    <message>
        <source>日期</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>预览模式（--dry-run）：没有写入任何数据。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Preview mode (--dry-run): no data was written.</translation>
    </message>
    <message>
        <source>没有要写入的记录。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>No records to write.</translation>
    </message>
    <message>
        <source>已导入：新增 {0} 条，更新 {1} 条（操作记录原因：{2}）。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Imported: {0} added, {1} updated (activity log reason: {2}).</translation>
    </message>
    <message>
        <source>有 {0} 行因为错误没有导入：请在表格中改正后重新导入（已导入的记录会更新，不会重复）。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>{0} rows were not imported because of errors. Correct them in the spreadsheet and import it again (records already imported will be updated, not duplicated).</translation>
    </message>
    <message>
        <source>，工作表“{0}”</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>, sheet “{0}”</translation>
    </message>
    <message>
        <source>，编码 {0}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>, encoding {0}</translation>
    </message>
    <message>
        <source>文件：{0}{1}{2}，表头在第 {3} 行，{4} 行数据</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>File: {0}{1}{2}, header on row {3}, {4} rows of data</translation>
    </message>
    <message>
        <source>按命令指定</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Specified on the command line</translation>
    </message>
    <message>
        <source>按表头判断；不对时请用 --kind 指定</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Detected from the header; if wrong, specify it with --kind</translation>
    </message>
    <message>
        <source>台账：{0}（{1}）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Ledger: {0} ({1})</translation>
    </message>
    <message>
        <source>列的对应：{0}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Column mapping: {0}</translation>
    </message>
    <message>
        <source>未使用的列：{0}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Unused columns: {0}</translation>
    </message>
    <message>
        <source>每行统一填写：{0}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Same value for every row: {0}</translation>
    </message>
    <message>
        <source>注意：表格里没有必填的“{0}”一列（可用 --set 项目=值 统一填写）。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Note: the spreadsheet has no column for the required field “{0}” (use --set field=value to fill in one value for every row).</translation>
    </message>
    <message>
        <source>预览：新增 {0} 条，更新 {1} 条，无变化 {2} 条；有提醒 {3} 行，有错误 {4} 行（不导入），疑似重复 {5} 行</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Preview: {0} new, {1} to update, {2} unchanged; {3} rows with warnings, {4} rows with errors (not imported), {5} possible duplicate rows</translation>
    </message>
    <message>
        <source>已略过：{0}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Skipped: {0}</translation>
    </message>
    <message>
        <source>问题（共 {0} 个，先列错误）：</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Problems ({0} in total, errors first):</translation>
    </message>
    <message>
        <source>第 {0} 行 [{1}] {2}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Row {0} [{1}] {2}</translation>
    </message>
    <message>
        <source>……另有 {0} 个问题（加 --json 可看全部）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>…and {0} more problems (add --json to see all)</translation>
    </message>
    <message>
        <source>用 --from / --to 时请同时用 --date-field 指定按哪个日期筛选。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>When using --from / --to, also use --date-field to specify which date to filter by.</translation>
    </message>
    <message>
        <source>筛选条件“{0}”没有写值。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Filter “{0}” has no value.</translation>
    </message>
    <message>
        <source>不能按“{0}”筛选：请用选择项、年份或名称类的项目。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Cannot filter by “{0}”: use a choice, year or name field.</translation>
    </message>
    <message>
        <source>已导出 {0} 条{1}记录到 {2}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Exported {0} {1} records to {2}</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 CSV 文件导入台账（先预览，再写入）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Import a ledger from an Excel (.xlsx) or CSV file (preview first, then write)</translation>
    </message>
    <message>
        <source>已生成街道的证书申请文件：{0}（{1}，{2}）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Made the street&apos;s certificate request file: {0} ({1}, {2})</translation>
    </message>
    <message>
        <source>下一步：把这个文件拷贝到 U 盘交给市委组织部；市里颁发证书后，运行 “shequ street install-certificate 证书文件” 安装。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Next step: copy this file to a USB drive and give it to the City Organization Department. Once the city has issued the certificate, install it with “shequ street install-certificate CERTIFICATE-FILE”.</translation>
    </message>
    <message>
        <source>街道口令</source>
        <extracomment>desktop/cli/street.py, desktop/cli/street_ack.py, desktop/cli/street_ledger.py, desktop/cli/street_review.py</extracomment>
        <translation>Street passphrase</translation>
    </message>
    <message>
        <source>街道口令：</source>
        <extracomment>desktop/cli/street.py, desktop/cli/street_ack.py, desktop/cli/street_ledger.py, desktop/cli/street_review.py</extracomment>
        <translation>Street passphrase:</translation>
    </message>
    <message>
        <source>已建立街道安装：{0}（{1}），数据文件夹 {2}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Street installation set up: {0} ({1}), data folder {2}</translation>
    </message>
    <message>
        <source>请妥善保管街道口令：忘记口令将无法打开各社区经街道报送的交换文件。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Keep the street passphrase safe: if it is forgotten, the exchange files that communities send through the street cannot be opened.</translation>
    </message>
    <message>
        <source>已安装市级颁发的街道证书：{0}（{1}），由“{2}”颁发，有效期至 {3}。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Installed the street certificate issued by the city: {0} ({1}), issued by “{2}”, valid until {3}.</translation>
    </message>
    <message>
        <source>街道：{0}（{1}）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Street: {0} ({1})</translation>
    </message>
    <message>
        <source>尚未安装市级颁发的街道证书（运行 “shequ street request” 再次生成申请文件）。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>The street certificate issued by the city is not installed yet (run “shequ street request” to make the request file again).</translation>
    </message>
    <message>
        <source>街道证书有效期：{0} 至 {1}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Street certificate valid from {0} to {1}</translation>
    </message>
    <message>
        <source>已为街道 {0}（{1}）颁发街道证书，有效期至 {2}：{3}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Issued a street certificate to street {0} ({1}), valid until {2}: {3}</translation>
    </message>
    <message>
        <source>街道密钥指纹：{0}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Street key fingerprint: {0}</translation>
    </message>
    <message>
        <source>该街道此前的证书已被这份新证书取代。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>This new certificate replaces the street&apos;s previous certificate.</translation>
    </message>
    <message>
        <source>下一步：把这个文件拷贝给街道，由街道运行 “shequ street install-certificate {0}” 安装。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Next step: copy this file for the street, which installs it by running “shequ street install-certificate {0}”.</translation>
    </message>
    <message>
        <source>社区 {0}（{1}）今后直接向市级报送。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Community {0} ({1}) will now send directly to the city.</translation>
    </message>
    <message>
        <source>社区 {0}（{1}）今后经街道 {2}（{3}）报送。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Community {0} ({1}) will now send through street {2} ({3}).</translation>
    </message>
    <message>
        <source>下一份给该社区的回执（shequ city ack）会告知社区。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>The next receipt for this community (shequ city ack) will tell the community.</translation>
    </message>
    <message>
        <source>还没有为任何街道颁发证书。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>No certificates have been issued to any street yet.</translation>
    </message>
    <message>
        <source>已吊销（{0}）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Revoked ({0})</translation>
    </message>
    <message>
        <source>无</source>
        <extracomment>desktop/cli/street.py, desktop/cli/unlock.py</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>经此街道报送的社区：{0}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Communities sending through this street: {0}</translation>
    </message>
    <message>
        <source>共 {0} 个街道。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>{0} streets in total.</translation>
    </message>
    <message>
        <source>已安装市级的街道名单（{0}）：经本街道报送的社区 {1}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Installed the city&apos;s street roster ({0}): communities sending through this street: {1}</translation>
    </message>
    <message>
        <source>已写出给街道 {0} 的社区名单：{1}</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Wrote the community roster for street {0}: {1}</translation>
    </message>
    <message>
        <source>下一步：把这个文件拷贝给街道，由街道运行 “shequ street install-roster {0}” 安装。</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Next step: copy this file for the street, which installs it by running “shequ street install-roster {0}”.</translation>
    </message>
    <message>
        <source>街道：建立街道安装、申请和安装市级证书</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Street: set up a street installation, request and install the city&apos;s certificate</translation>
    </message>
    <message>
        <source>建立街道安装（街道密钥、汇总数据库）并生成证书申请文件</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Set up a street installation (street key, summary database) and make the certificate request file</translation>
    </message>
    <message>
        <source>给经本街道报送的社区写街道回执（收到的数据包、街道审核结果和意见）</source>
        <extracomment>desktop/cli/street_ack.py</extracomment>
        <translation>Write the street&apos;s receipts for the communities that send through this street (bundles received, the street&apos;s review results and comments)</translation>
    </message>
    <message>
        <source>已写出给社区 {0} 的街道回执：{1}</source>
        <extracomment>desktop/cli/street_ack.py</extracomment>
        <translation>Wrote the street&apos;s receipt for community {0}: {1}</translation>
    </message>
    <message>
        <source>下一步：把这个文件交给社区，在社区的“数据交换”页导入（或 shequ import {0}）。</source>
        <extracomment>desktop/cli/street_ack.py</extracomment>
        <translation>Next: give this file to the community to import on its “Data exchange” page (or shequ import {0}).</translation>
    </message>
    <message>
        <source>请核对：{0}</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Please check: {0}</translation>
    </message>
    <message>
        <source>已录入街道(镇)工作者 {0}（编号 {1}）。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Entered street worker {0} (number {1}).</translation>
    </message>
    <message>
        <source>没有街道(镇)工作者。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>No street workers.</translation>
    </message>
    <message>
        <source>今</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>now</translation>
    </message>
    <message>
        <source>年</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>year</translation>
    </message>
    <message>
        <source>月</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>month</translation>
    </message>
    <message>
        <source>共 {0} 人。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>{0} in total.</translation>
    </message>
    <message>
        <source>已删除街道(镇)工作者（编号 {0}）。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Deleted the street worker (number {0}).</translation>
    </message>
    <message>
        <source>已录入街道经费 {0} 元（{1} 到账，编号 {2}）。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Entered street funds of {0} yuan (received {1}, number {2}).</translation>
    </message>
    <message>
        <source>没有街道经费。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>No street funds.</translation>
    </message>
    <message>
        <source>{0} 元</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <source>共 {0} 笔，合计 {1} 元。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>{0} entries, {1} yuan in total.</translation>
    </message>
    <message>
        <source>已删除街道经费（编号 {0}）。</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Deleted the street funds entry (number {0}).</translation>
    </message>
    <message>
        <source>{0}（{1}）{2}街道(镇)工作者经费保障：{3}</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>{0} ({1}) {2} funding for street workers: {3}</translation>
    </message>
    <message>
        <source>已生成并签署{0}的街道汇总表：{1}</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Generated and signed the street&apos;s consolidated return for {0}: {1}</translation>
    </message>
    <message>
        <source>街道自己的工作者（街道(镇)工作者）：录入、查看、删除</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>The street&apos;s own workers (street workers): enter, list, delete</translation>
    </message>
    <message>
        <source>录入一名街道(镇)工作者</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Enter a street worker</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>录入人的姓名（记入修改记录）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Name of the person entering it (kept in the change history)</translation>
    </message>
    <message>
        <source>性别：男 或 女</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Gender: 男 (male) or 女 (female)</translation>
    </message>
    <message>
        <source>职务，如 专职社区工作者</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Position, e.g. 专职社区工作者</translation>
    </message>
    <message>
        <source>任职日期，如 2024-03-01</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Start date in post, e.g. 2024-03-01</translation>
    </message>
    <message>
        <source>离任日期（在岗时不填）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>End date in post (leave out while in post)</translation>
    </message>
    <message>
        <source>报酬（元），如 4800</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Pay (yuan), e.g. 4800</translation>
    </message>
    <message>
        <source>报酬按 月 或 年 计（默认按月）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Pay per 月 (month) or 年 (year) (default: per month)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>居民身份证号</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>备注</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>列出街道(镇)工作者</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>List the street workers</translation>
    </message>
    <message>
        <source>只列这一年在岗的</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Only those in post in this year</translation>
    </message>
    <message>
        <source>删除一名街道(镇)工作者</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Delete a street worker</translation>
    </message>
    <message>
        <source>街道自己的经费：录入、查看、删除</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>The street&apos;s own funds: enter, list, delete</translation>
    </message>
    <message>
        <source>录入一笔街道经费</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Enter a street funds entry</translation>
    </message>
    <message>
        <source>到账日期，如 2026-03-05</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Date received, e.g. 2026-03-05</translation>
    </message>
    <message>
        <source>金额（元），如 120000 或 12万</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Amount (yuan), e.g. 120000 or 12万</translation>
    </message>
    <message>
        <source>来源，如 财政保障</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Source, e.g. 财政保障</translation>
    </message>
    <message>
        <source>用途，如 办公经费</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Purpose, e.g. 办公经费</translation>
    </message>
    <message>
        <source>预算年度（默认为到账的年份）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Budget year (default: the year the money arrived)</translation>
    </message>
    <message>
        <source>列出街道经费</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>List the street&apos;s funds</translation>
    </message>
    <message>
        <source>只列这一年到账的</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Only those received in this year</translation>
    </message>
    <message>
        <source>删除一笔街道经费</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Delete a street funds entry</translation>
    </message>
    <message>
        <source>街道(镇)工作者人均经费是否达到市级标准</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Whether the funding per street worker meets the city standard</translation>
    </message>
    <message>
        <source>报告期，如 2026 或 2026Q1（默认今年）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Reporting period, e.g. 2026 or 2026Q1 (default: this year)</translation>
    </message>
    <message>
        <source>生成并签署街道汇总表（各社区报表并列，及街道自身经费保障）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Generate and sign the street&apos;s consolidated return (the communities&apos; returns side by side, and the street&apos;s own funding)</translation>
    </message>
    <message>
        <source>报告期，如 2026 或 2026Q1</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Reporting period, e.g. 2026 or 2026Q1</translation>
    </message>
    <message>
        <source>汇总表保存到哪个文件夹</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Folder to save the consolidated return in</translation>
    </message>
    <message>
        <source>列表中的编号（至少前 4 位）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>The number in the list (at least the first 4 characters)</translation>
    </message>
    <message>
        <source>删除人的姓名（记入修改记录）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Name of the person deleting (kept in the change history)</translation>
    </message>
    <message>
        <source>删除的原因（记入修改记录）</source>
        <extracomment>desktop/cli/street_ledger.py</extracomment>
        <translation>Reason for deleting (kept in the change history)</translation>
    </message>
    <message>
        <source>（{0}，{1}）</source>
        <extracomment>desktop/cli/street_review.py, desktop/cli/street_status.py</extracomment>
        <translation> ({0}, {1})</translation>
    </message>
    <message>
        <source>：{0}</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>: {0}</translation>
    </message>
    <message>
        <source>  已会签</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>  countersigned</translation>
    </message>
    <message>
        <source>  已转报市级</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>  forwarded to the city</translation>
    </message>
    <message>
        <source>  核验发现：{0}</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>  Check found: {0}</translation>
    </message>
    <message>
        <source>经本街道报送的报表 {0} 份。</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>{0} returns sent through this street.</translation>
    </message>
    <message>
        <source>报表 {0}：{1}（{2}）。</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Return {0}: {1} ({2}).</translation>
    </message>
    <message>
        <source>已用街道的密钥在报表上会签。</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Countersigned the return with the street&apos;s key.</translation>
    </message>
    <message>
        <source>下一步：用 “shequ street ack” 告知社区，用 “shequ street forward” 转报市级（转报后不能再改）。</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Next: tell the community with “shequ street ack”, and forward to the city with “shequ street forward” (it cannot be changed after forwarding).</translation>
    </message>
    <message>
        <source>{0}已对 {1} {2}报表（第 {3} 版）的“{4}”提出意见（街道）。</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>{0} commented on “{4}” in the {2} return of {1} (version {3}) (street).</translation>
    </message>
    <message>
        <source>经本街道报送的社区报表，及街道的审核结果</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>The community returns sent through this street, and the street&apos;s review results</translation>
    </message>
    <message>
        <source>街道审核一份社区报表：通过（街道会签）、退回或有问题</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>The street reviews a community return: accept (the street countersigns), send back, or flag a problem</translation>
    </message>
    <message>
        <source>报表编号（见 shequ street returns）</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Return number (see shequ street returns)</translation>
    </message>
    <message>
        <source>审核通过并会签</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Accept and countersign</translation>
    </message>
    <message>
        <source>退回社区</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Send back to the community</translation>
    </message>
    <message>
        <source>标记有问题</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Flag a problem</translation>
    </message>
    <message>
        <source>退回或有问题的原因（社区会看到）</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Reason for sending back or the problem (the community will see it)</translation>
    </message>
    <message>
        <source>审核人姓名</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Reviewer&apos;s name</translation>
    </message>
    <message>
        <source>对社区报表的一项指标或一条记录提意见（街道）</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Comment on one figure or one record in a community&apos;s return (street)</translation>
    </message>
    <message>
        <source>报告期，如 2026H1</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Reporting period, e.g. 2026H1</translation>
    </message>
    <message>
        <source>指标，如 service.activities</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Figure, e.g. service.activities</translation>
    </message>
    <message>
        <source>记录，写成 表名:记录编号</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>The record, written as TABLE:RECORD-ID</translation>
    </message>
    <message>
        <source>意见内容</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>The comment</translation>
    </message>
    <message>
        <source>把街道的审核结果和社区的数据文件转报市级</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Forward the street&apos;s review results and the communities&apos; data files to the city</translation>
    </message>
    <message>
        <source>文件保存到哪个文件夹（如 U 盘）</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Folder to save the file in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>待街道审核</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Waiting for the street</translation>
    </message>
    <message>
        <source>街道已通过</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Accepted by the street</translation>
    </message>
    <message>
        <source>街道退回</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>Sent back by the street</translation>
    </message>
    <message>
        <source>{0}  {1}（{2}） {3} 第 {4} 版  {5}</source>
        <extracomment>desktop/cli/street_review.py</extracomment>
        <translation>{0}  {1} ({2}) {3} version {4}  {5}</translation>
    </message>
    <message>
        <source>经本街道报送的各社区的报表审核情况和达标情况（按报告期）</source>
        <extracomment>desktop/cli/street_status.py</extracomment>
        <translation>Review and standards status of the returns of the communities that send through this street (by reporting period)</translation>
    </message>
    <message>
        <source>{0}（{1}）：{2}，报送期限 {3}</source>
        <extracomment>desktop/cli/street_status.py</extracomment>
        <translation>{0} ({1}): {2}, deadline {3}</translation>
    </message>
    <message>
        <source>共 {0} 个社区：待街道审核 {1} 个，街道退回 {2} 个，已通过待市审核 {3} 个。</source>
        <extracomment>desktop/cli/street_status.py</extracomment>
        <translation>{0} communities: {1} waiting for the street, {2} sent back by the street, {3} accepted and waiting for the city.</translation>
    </message>
    <message>
        <source>{0}已同意解锁申请 {1}；下一份回执（shequ city ack）会告知社区。</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>{0} granted unlock request {1}; the next receipt (shequ city ack) will tell the community.</translation>
    </message>
    <message>
        <source>申请解锁市级已审核通过并锁定的报告期（管理员），或查看申请</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Ask to unlock a reporting period that the city has accepted and locked (administrators), or look at the requests</translation>
    </message>
    <message>
        <source>要解锁的报告期，如 2026Q1</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Reporting period to unlock, e.g. 2026Q1</translation>
    </message>
    <message>
        <source>申请原因：要更正什么、为什么（市级会看到）</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Reason for the request: what needs correcting and why (the city will see it)</translation>
    </message>
    <message>
        <source>申请人：本社区一位管理员的姓名</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Requested by: the name of an administrator of this community</translation>
    </message>
    <message>
        <source>列出本社区的解锁申请和已锁定的报告期</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>List this community&apos;s unlock requests and locked reporting periods</translation>
    </message>
    <message>
        <source>输出 JSON（与 --list 一起用）</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Output JSON (with --list)</translation>
    </message>
    <message>
        <source>同意社区的解锁申请，或列出各社区的解锁申请</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Grant a community&apos;s unlock request, or list the communities&apos; unlock requests</translation>
    </message>
    <message>
        <source>申请编号（见 shequ city unlock --list）</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Request number (see shequ city unlock --list)</translation>
    </message>
    <message>
        <source>同意解锁的审核人姓名（记录在决定中）</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Name of the reviewer granting the unlock (recorded with the decision)</translation>
    </message>
    <message>
        <source>列出各社区的解锁申请（等待同意的和已同意的）</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>List the communities&apos; unlock requests (waiting and granted)</translation>
    </message>
    <message>
        <source>已同意（{0}，{1}）</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Granted ({0}, {1})</translation>
    </message>
    <message>
        <source>等待市级同意</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Waiting for the city to grant it</translation>
    </message>
    <message>
        <source>没有解锁申请。</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>No unlock requests.</translation>
    </message>
    <message>
        <source>{0} 社区 {1}</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>{0} community {1}</translation>
    </message>
    <message>
        <source>{0}：{1}，申请人 {2}（{3}），原因：{4}；{5}</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>{0}: {1}, requested by {2} ({3}), reason: {4}; {5}</translation>
    </message>
    <message>
        <source>请用 --period 指定要解锁的报告期，或用 --list 查看申请。</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Use --period to give the reporting period to unlock, or --list to see the requests.</translation>
    </message>
    <message>
        <source>已锁定的报告期：{0}</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Locked reporting periods: {0}</translation>
    </message>
    <message>
        <source>已申请解锁{0}（申请编号 {1}）。请导出数据包（shequ export）报送；市级同意后，导入市级回执即可更正。</source>
        <extracomment>desktop/cli/unlock.py</extracomment>
        <translation>Asked to unlock {0} (request number {1}). Export a bundle (shequ export) to send it; once the city grants it, import the city&apos;s receipt and you can make the correction.</translation>
    </message>
    <message>
        <source>街道的 12 位代码</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>The street&apos;s 12-digit code</translation>
    </message>
    <message>
        <source>街道名称，如 胜利街道党工委</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Name of the street, e.g. 胜利街道党工委</translation>
    </message>
    <message>
        <source>再次生成街道的证书申请文件</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Make the street&apos;s certificate request file again</translation>
    </message>
    <message>
        <source>安装市里颁发给街道的证书文件</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Install the certificate file the city issued to the street</translation>
    </message>
    <message>
        <source>市里颁发的街道证书文件（&lt;代码&gt;-street-certificate.json）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>The street certificate file issued by the city (&lt;code&gt;-street-certificate.json)</translation>
    </message>
    <message>
        <source>安装市级给街道的社区名单（哪些社区经本街道报送）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Install the city&apos;s roster for this street (which communities send through this street)</translation>
    </message>
    <message>
        <source>市级的街道名单文件（&lt;代码&gt;-street-roster.json）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>The city&apos;s street roster file (&lt;code&gt;-street-roster.json)</translation>
    </message>
    <message>
        <source>导入社区经本街道报送的交换文件（街道副本）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Import an exchange file that a community sent through this street (the street&apos;s copy)</translation>
    </message>
    <message>
        <source>街道副本（street-&lt;街道代码&gt;-&lt;社区代码&gt;-&lt;编号&gt;.shequ）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>The street&apos;s copy (street-&lt;street-code&gt;-&lt;community-code&gt;-&lt;number&gt;.shequ)</translation>
    </message>
    <message>
        <source>缺少前面的数据包时仍然导入，并记录缺口</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Import even if earlier bundles are missing, and record the gap</translation>
    </message>
    <message>
        <source>查看街道安装、街道证书和所信任的市级</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Show the street installation, the street certificate and the trusted city</translation>
    </message>
    <message>
        <source>决定一个社区的数据经哪个街道报送，或直接报送市级</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Decide which street a community&apos;s data goes through, or send it directly to the city</translation>
    </message>
    <message>
        <source>经这个街道报送（街道的 12 位代码）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Send through this street (the street&apos;s 12-digit code)</translation>
    </message>
    <message>
        <source>给街道写社区名单（经该街道报送的社区、已吊销的证书）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Write the community roster for a street (communities sending through it, revoked certificates)</translation>
    </message>
    <message>
        <source>名单文件保存到哪个文件夹（如 U 盘）</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Folder to save the roster file in (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>已颁发证书的街道名单，及经各街道报送的社区</source>
        <extracomment>desktop/cli/street.py</extracomment>
        <translation>Streets that have been issued certificates, and the communities that send through each one</translation>
    </message>
    <message>
        <source>{0}台账中有几条都叫“{1}”，无法按它筛选。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Several records in the {0} ledger are named “{1}”, so it cannot be used as a filter.</translation>
    </message>
    <message>
        <source>{0}台账中没有叫“{1}”的记录。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>There is no record named “{1}” in the {0} ledger.</translation>
    </message>
    <message>
        <source>要导入的 .xlsx 或 .csv 文件</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>The .xlsx or .csv file to import</translation>
    </message>
    <message>
        <source>已生成{0}的空白模板：{1}</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Generated the blank template for {0}: {1}</translation>
    </message>
    <message>
        <source>台账类型，如 party_members 或 党员（默认：按表头判断）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Ledger type, e.g. party_members or 党员 (default: detected from the header)</translation>
    </message>
    <message>
        <source>工作表名称（默认：表头最像台账的那一张）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Worksheet name (default: the one whose header best matches a ledger)</translation>
    </message>
    <message>
        <source>表头所在的行号（默认：自动查找）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Row number of the header (default: found automatically)</translation>
    </message>
    <message>
        <source>给每一行的某一项填同一个值（表格里没有这一列或为空时），如 --set category=低保户</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Fill the same value into a field for every row (when the spreadsheet has no such column or it is empty), e.g. --set category=低保户</translation>
    </message>
    <message>
        <source>只预览，不写入</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Preview only; do not write</translation>
    </message>
    <message>
        <source>把一个台账列表（可带搜索和筛选）导出为 Excel</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Export a ledger list (optionally searched and filtered) to Excel</translation>
    </message>
    <message>
        <source>台账类型，如 residents 或 帮扶对象</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Ledger type, e.g. residents or 帮扶对象</translation>
    </message>
    <message>
        <source>保存到哪里</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Where to save</translation>
    </message>
    <message>
        <source>搜索词（与列表的搜索框相同）</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Search term (same as the list’s search box)</translation>
    </message>
    <message>
        <source>筛选条件，如 --filter category=低保户</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Filter, e.g. --filter category=低保户</translation>
    </message>
    <message>
        <source>按哪个日期项筛选，如 held_on</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Date field to filter by, e.g. held_on</translation>
    </message>
    <message>
        <source>起始日期（含），如 2026-01-01</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Start date (inclusive), e.g. 2026-01-01</translation>
    </message>
    <message>
        <source>截止日期（含），如 2026-06-30</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>End date (inclusive), e.g. 2026-06-30</translation>
    </message>
    <message>
        <source>生成一个台账的空白 Excel 模板</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Generate a blank Excel template for a ledger</translation>
    </message>
    <message>
        <source>台账类型，如 party_members 或 党员</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>Ledger type, e.g. party_members or 党员</translation>
    </message>
    <message>
        <source>“{0}”的写法不对，应写成 项目=值，如 category=低保户。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>“{0}” is not written correctly. Use field=value, e.g. category=低保户.</translation>
    </message>
    <message>
        <source>{0}台账没有“{1}”这一项。可以用的有：{2}。</source>
        <extracomment>desktop/cli/sheets.py</extracomment>
        <translation>The {0} ledger has no field “{1}”. Available fields: {2}.</translation>
    </message>
    <message>
        <source>存放签名口令的文件（第一行）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>file holding the signing passphrase (first line)</translation>
    </message>
    <message>
        <source>提醒的书面说明（JSON：“编号”: “说明”）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>written explanations of warnings (JSON: “number”: “explanation”)</translation>
    </message>
    <message>
        <source>更正原因（生成更正版本时）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>reason for the correction (when making a corrected version)</translation>
    </message>
    <message>
        <source>输出 JSON</source>
        <extracomment>desktop/cli/city.py, desktop/cli/city_database.py, desktop/cli/exchange.py, desktop/cli/keys.py, desktop/cli/office.py, desktop/cli/returns.py, desktop/cli/sheets.py, desktop/cli/street.py, desktop/cli/street_ledger.py, desktop/cli/street_review.py, desktop/cli/street_status.py</extracomment>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>核验报表 PDF：是否完整、签名是否可信、签署后是否被改动</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>verify a return PDF: complete, signature trusted, unchanged since signing</translation>
    </message>
    <message>
        <source>要核验的报表 PDF</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>the return PDF to verify</translation>
    </message>
    <message>
        <source>信任的市级根证书（默认：数据文件夹 keys/city-ca.pem）</source>
        <extracomment>desktop/cli/returns.py</extracomment>
        <translation>trusted city root certificate (default: keys/city-ca.pem in the data folder)</translation>
    </message>
    <message>
        <source>检查台账数据；有必须改正的错误时退出码为 1</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>check the ledgers&apos; data; exit code 1 when there are errors to fix</translation>
    </message>
    <message>
        <source>只检查这个报告期的数据</source>
        <extracomment>desktop/cli/office.py</extracomment>
        <translation>check only the data of this reporting period</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>本期没有适用的市级标准</source>
        <extracomment>db/compliance.py, db/exchange/street_standing.py</extracomment>
        <translation>No city standard applies to this period</translation>
    </message>
    <message>
        <source>本期没有在岗的社区工作者</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No community workers in post this period</translation>
    </message>
    <message>
        <source>本期在岗社区工作者 {staff} 人，折合 {years} 人·年</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Community workers in post this period: {staff} ({years} worker-years)</translation>
    </message>
    <message>
        <source>本期没有在岗的党组织书记</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No Party organization secretary in office this period</translation>
    </message>
    <message>
        <source>本期党组织书记在岗</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>The Party organization secretary is in office this period</translation>
    </message>
    <message>
        <source>本期党组织书记在岗，书记、主任“一肩挑”</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>The Party organization secretary is in office this period and is also the director</translation>
    </message>
    <message>
        <source>本期没有登记党组织</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No Party organization registered this period</translation>
    </message>
    <message>
        <source>本期有党组织 {count} 个</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Party organizations this period: {count}</translation>
    </message>
    <message>
        <source>本期没有在岗工作者，无法计算人均运营经费（本期运营经费 {funds} 元）</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No workers in post this period, so operating funds per worker cannot be computed (operating funds this period: {funds} yuan)</translation>
    </message>
    <message>
        <source>本期运营经费 {funds} 元，按 {years} 人·年计人均 {per_worker} 元/人·年，达到按人·年计算的标准 {required} 元（人均 {per_worker_standard} 元/人·年）</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Operating funds this period: {funds} yuan, {per_worker} yuan per worker-year over {years} worker-years, meeting the standard of {required} yuan ({per_worker_standard} yuan per worker-year)</translation>
    </message>
    <message>
        <source>本期运营经费 {funds} 元，低于按 {years} 人·年计算的标准 {required} 元，差 {short} 元（人均 {per_worker} 元/人·年，标准 {per_worker_standard} 元/人·年）</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Operating funds this period: {funds} yuan, below the standard of {required} yuan for {years} worker-years by {short} yuan ({per_worker} yuan per worker-year; standard {per_worker_standard} yuan per worker-year)</translation>
    </message>
    <message>
        <source>{label} {area} 平方米，达到标准 {standard} 平方米</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>{label}: {area} m², meets the standard of {standard} m²</translation>
    </message>
    <message>
        <source>{label} {area} 平方米，低于标准 {standard} 平方米，差 {short} 平方米</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>{label}: {area} m², below the standard of {standard} m² by {short} m²</translation>
    </message>
    <message>
        <source>“一个中心、三个室”应有 {required} 个，已有 {present} 个，缺少{missing}</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>“One centre, three rooms”: {required} required, {present} present; missing: {missing}</translation>
    </message>
    <message>
        <source>“一个中心、三个室”齐全：{names}</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>“One centre, three rooms” complete: {names}</translation>
    </message>
    <message>
        <source>本期开展活动 {count} 次，低于标准 {required} 次，差 {short} 次</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Activities this period: {count}, below the standard of {required} by {short}</translation>
    </message>
    <message>
        <source>本期没有开展活动</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No activities this period</translation>
    </message>
    <message>
        <source>本期开展活动 {count} 次，达到标准 {required} 次</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Activities this period: {count}, meeting the standard of {required}</translation>
    </message>
    <message>
        <source>本期开展活动 {count} 次</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Activities this period: {count}</translation>
    </message>
    <message>
        <source>本期没有进行中的结对帮扶</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No pairings running this period</translation>
    </message>
    <message>
        <source>本期进行中的结对帮扶 {count} 对</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Pairings running this period: {count}</translation>
    </message>
    <message>
        <source>本期有结对帮扶 {count} 对，但没有帮扶走访记录</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Pairings this period: {count}, but no visits recorded</translation>
    </message>
    <message>
        <source>本期没有结对帮扶，无需走访</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No pairings this period, so no visits are needed</translation>
    </message>
    <message>
        <source>本期帮扶走访 {count} 次</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Visits this period: {count}</translation>
    </message>
    <message>
        <source>本期没有应认领岗位的党员</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No Party members expected to claim a post this period</translation>
    </message>
    <message>
        <source>应认领岗位的党员 {eligible} 名，已认领 {holding} 名，占 {percent}%</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>{holding} of {eligible} Party members expected to claim a post have claimed one ({percent}%)</translation>
    </message>
    <message>
        <source>应认领岗位的党员 {eligible} 名，本期无人认领岗位</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>{eligible} Party members are expected to claim a post; none claimed one in this period</translation>
    </message>
    <message>
        <source>应认领岗位的党员 {eligible} 名，已认领 {holding} 名，占 {percent}%，还有 {left} 名未认领</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>{holding} of {eligible} Party members expected to claim a post have claimed one ({percent}%); {left} have not</translation>
    </message>
    <message>
        <source>本期没有结对共建单位</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>No partner units this period</translation>
    </message>
    <message>
        <source>本期有结对共建单位 {count} 个</source>
        <extracomment>db/compliance.py</extracomment>
        <translation>Partner units this period: {count}</translation>
    </message>
    <message>
        <source>指定的数据文件夹是一个文件，不是文件夹：{path}。请用 --data-dir 指定存放社区台账的文件夹。</source>
        <extracomment>db/errors.py</extracomment>
        <translation>The data folder given is a file, not a folder: {path}. Use --data-dir to name the folder that holds the community ledgers.</translation>
    </message>
    <message>
        <source>数据文件夹是只读的，不能写入：{path}。没有做任何修改；如要修改，请把数据文件夹复制到可写的位置，或请技术人员开放写入权限。</source>
        <extracomment>db/errors.py</extracomment>
        <translation>The data folder is read-only and cannot be written: {path}. Nothing was changed; to make changes, copy the data folder to a writable place, or ask a technician to allow writing.</translation>
    </message>
    <message>
        <source>数据文件夹是只读的，而其中的数据库需要先升级到本版本才能使用：{path}。没有做任何修改；请把数据文件夹复制到可写的位置后再打开。</source>
        <extracomment>db/errors.py</extracomment>
        <translation>The data folder is read-only, and its database must first be upgraded to this version: {path}. Nothing was changed; copy the data folder to a writable place and open it again.</translation>
    </message>
    <message>
        <source>市级第 {seq} 号回执以前已经导入过，这次没有任何改动。</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>City acknowledgement no. {seq} was imported before; nothing has changed this time.</translation>
    </message>
    <message>
        <source>已导入市级第 {seq} 号回执：市级确认收到数据包 {count} 个</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>City acknowledgement no. {seq} imported: the city confirms {count} bundles received</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）已接收，该报告期已锁定</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The return for {period} (version {version}) was accepted; the period is now locked</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）被退回：{reason}</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The return for {period} (version {version}) was sent back: {reason}</translation>
    </message>
    <message>
        <source>市级标准更新 {count} 条</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>{count} city standards updated</translation>
    </message>
    <message>
        <source>市级标准停用 {count} 条</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>{count} city standards withdrawn</translation>
    </message>
    <message>
        <source>已安装市级颁发的新证书</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The new certificate issued by the city was installed</translation>
    </message>
    <message>
        <source>回执中的证书没有安装：{problem}</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The certificate in the acknowledgement was not installed: {problem}</translation>
    </message>
    <message>
        <source>{clauses}。</source>
        <extracomment>db/exchange/acks.py, db/exchange/street_acks.py</extracomment>
        <translation>{clauses}.</translation>
    </message>
    <message>
        <source>{clause}，不是有效的报送数据，没有导入任何内容，数据库没有任何改动。请确认文件来源，或请发出方重新导出。</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>{clause}: this is not valid exchange data. Nothing was imported and the database is unchanged. Check where the file came from, or ask the sender to export it again.</translation>
    </message>
    <message>
        <source>文件有 {size} MB，超过上限 {limit} MB</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>The file is {size} MB, more than the {limit} MB allowed</translation>
    </message>
    <message>
        <source>文件解压后超过上限 {limit} MB</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>Unpacked, the file is larger than the {limit} MB allowed</translation>
    </message>
    <message>
        <source>文件中有一段数据超过上限 {limit} MB</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>A piece of data in the file is larger than the {limit} MB allowed</translation>
    </message>
    <message>
        <source>“{table}”表有 {rows:,} 行，超过每表上限 {limit:,} 行</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>The table “{table}” has {rows:,} rows, more than the {limit:,} allowed per table</translation>
    </message>
    <message>
        <source>文件共有 {rows:,} 行数据，超过上限 {limit:,} 行</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>The file holds {rows:,} rows of data, more than the {limit:,} allowed</translation>
    </message>
    <message>
        <source>文件中有一项文字超过上限 {limit:,} 个字符</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>A text in the file is longer than the {limit:,} characters allowed</translation>
    </message>
    <message>
        <source>文件中有一份报表 PDF 超过上限 {limit} MB</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>A return PDF in the file is larger than the {limit} MB allowed</translation>
    </message>
    <message>
        <source>文件中的报表 PDF 合计超过上限 {limit} MB</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>The return PDFs in the file come to more than the {limit} MB allowed</translation>
    </message>
    <message>
        <source>文件中有 {count:,} 份报表 PDF，超过上限 {limit:,} 份</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>The file holds {count:,} return PDFs, more than the {limit:,} allowed</translation>
    </message>
    <message>
        <source>回执中的证书超过上限 {limit} KB</source>
        <extracomment>db/exchange/budgets.py</extracomment>
        <translation>The certificate in the acknowledgement is larger than the {limit} KB allowed</translation>
    </message>
    <message>
        <source>社区 {sender} 的交换文件里，{table}的“{field}”（{column}）指向另一个社区（{other}）的记录，整个文件已拒收，数据库没有任何改动。请联系该社区核实后重新导出。</source>
        <extracomment>db/exchange/data_errors.py</extracomment>
        <translation>In the exchange file of office {sender}, the “{field}” ({column}) of {table} points at a record of another office ({other}); the whole file was refused and the database was not changed. Ask that office to check and export again.</translation>
    </message>
    <message>
        <source>市级数据正在被另一个窗口或命令修改（等了 {seconds} 秒仍未完成），没有做任何修改。请稍等片刻再试；如一直如此，请关闭其他正在颁发或吊销证书的社区台账窗口和命令后重试。</source>
        <extracomment>db/exchange/pki.py</extracomment>
        <translation>Another window or command is changing the city&apos;s data (still busy after {seconds} seconds); nothing was changed. Wait a moment and try again; if this keeps happening, close the other Shequ windows and commands that are issuing or revoking certificates, then try again.</translation>
    </message>
    <message>
        <source>报表属于社区代码 {code}，不是报送数据包的社区</source>
        <extracomment>db/exchange/return_check.py</extracomment>
        <translation>The return belongs to office code {code}, not to the office that sent the bundle</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <extracomment>db/exchange/acks.py, db/exchange/return_check.py</extracomment>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）市级审核认为有问题：{reason}</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The city&apos;s review found a problem with the return for {period} (version {version}): {reason}</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）市级待审核</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The return for {period} (version {version}) is pending review by the city</translation>
    </message>
    <message>
        <source>市级审核意见 {count} 条（见数据交换页和相关的指标、记录）</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>{count} review comments from the city (see the Data exchange page and the figures and records concerned)</translation>
    </message>
    <message>
        <source>报表的表号、制表机关、批准文号等已按市级设置更新</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The return&apos;s form number, issuing authority, approval number and so on now follow the city&apos;s settings</translation>
    </message>
    <message>
        <source>标记“有问题”需要写明问题，社区会看到它。请填写后重试。</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>Marking a return as having a problem needs a description of the problem, which the community will see. Fill it in and try again.</translation>
    </message>
    <message>
        <source>退回报表需要写明原因，社区会看到它。请填写退回原因后重试。</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>Sending back a return needs a reason, which the community will see. Enter the reason and try again.</translation>
    </message>
    <message>
        <source>审核报表需要填写审核人姓名：每个决定都记录是谁做的。请填写姓名后重试。</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>Reviewing a return needs the reviewer&apos;s name: every decision records who made it. Enter a name and try again.</translation>
    </message>
    <message>
        <source>意见不能为空：请写明这一项的问题，社区会看到它。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>The comment cannot be empty: say what is wrong with this item; the community will see it.</translation>
    </message>
    <message>
        <source>意见太长（{count} 字），一条意见最多 {limit} 字。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>The comment is too long ({count} characters); a comment may have at most {limit}.</translation>
    </message>
    <message>
        <source>提意见需要填写审核人姓名：每条意见都记录是谁写的。请填写姓名后重试。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>A comment needs the reviewer&apos;s name: every comment records who wrote it. Fill in the name and try again.</translation>
    </message>
    <message>
        <source>社区 {office} 还没有报送{period}的报表，无法提意见。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>Community {office} has not sent a return for {period} yet, so no comment can be made.</translation>
    </message>
    <message>
        <source>报表中没有“{key}”这一项指标。可以提意见的指标：{keys}。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>The return has no figure “{key}”. Figures you can comment on: {keys}.</translation>
    </message>
    <message>
        <source>“{record}”不是社区 {office} 的记录，无法提意见。请写成 表名:记录编号，如 activity:记录编号。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>“{record}” is not a record of community {office}, so no comment can be made on it. Write it as TABLE:RECORD-ID, such as activity:RECORD-ID.</translation>
    </message>
    <message>
        <source>{label}太长（{count} 个字），最多 {limit} 个字。</source>
        <extracomment>db/exchange/form_info.py</extracomment>
        <translation>{label} is too long ({count} characters); at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>{label}里有换行或控制字符，请只写一行。</source>
        <extracomment>db/exchange/form_info.py</extracomment>
        <translation>{label} contains a line break or a control character; write it on one line.</translation>
    </message>
    <message>
        <source>有效期至“{value}”不是有效的日期，请按 年-月-日 写，例如 2027-12-31。</source>
        <extracomment>db/exchange/form_info.py</extracomment>
        <translation>Valid until “{value}” is not a valid date; write it as year-month-day, for example 2027-12-31.</translation>
    </message>
    <message>
        <source>签名证书不是市级为该社区颁发的证书（{subject}）</source>
        <extracomment>db/exchange/return_check.py</extracomment>
        <translation>The signing certificate is not the one the city issued to this community ({subject})</translation>
    </message>
    <message>
        <source>签名证书属于社区代码 {code}，不是报送数据包的社区</source>
        <extracomment>db/exchange/return_check.py</extracomment>
        <translation>The signing certificate belongs to office code {code}, not to the office that sent the bundle</translation>
    </message>
    <message>
        <source>签名无效：{reason}</source>
        <extracomment>db/exchange/return_check.py</extracomment>
        <translation>Invalid signature: {reason}</translation>
    </message>
    <message>
        <source>没有有效的电子签名：{reason}</source>
        <extracomment>db/exchange/return_check.py</extracomment>
        <translation>No valid electronic signature: {reason}</translation>
    </message>
    <message>
        <source>数据文件夹 {folder} 已经是街道“{name}”的安装，没有做任何修改。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The data folder {folder} is already the installation of street “{name}”. Nothing was changed.</translation>
    </message>
    <message>
        <source>数据文件夹 {folder} 已经有社区或市级的数据，不能再建立街道安装，没有做任何修改。请用 --data-dir 指定一个新的空文件夹。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The data folder {folder} already holds community or city data, so a street installation cannot be set up in it. Nothing was changed. Use --data-dir to choose a new, empty folder.</translation>
    </message>
    <message>
        <source>街道代码“{code}”不是 12 位数字，没有做任何修改。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The street code “{code}” is not 12 digits. Nothing was changed.</translation>
    </message>
    <message>
        <source>街道名称不能为空，也不能超过 {limit} 个字，没有做任何修改。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The street name cannot be empty or longer than {limit} characters. Nothing was changed.</translation>
    </message>
    <message>
        <source>数据文件夹 {folder} 不是街道安装。请先运行 “shequ street init --code 代码 --name 名称”，或用 --data-dir 指定街道的数据文件夹。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The data folder {folder} is not a street installation. First run “shequ street init --code CODE --name NAME”, or use --data-dir to choose the street&apos;s data folder.</translation>
    </message>
    <message>
        <source>街道口令太短：它保护街道的密钥（打开各社区经街道报送的交换文件），至少需要 {minimum} 个字符，没有做任何修改。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The street passphrase is too short: it protects the street&apos;s key (which opens the exchange files that communities send through the street) and needs at least {minimum} characters. Nothing was changed.</translation>
    </message>
    <message>
        <source>这是街道的数据文件夹：{folder}，不是社区台账，社区的命令不能在这里使用，没有做任何修改。请用 “shequ street …” 的命令，或用 --data-dir 指定社区的数据文件夹。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>This is a street&apos;s data folder: {folder}, not a community&apos;s ledgers. Community commands cannot be used here. Nothing was changed. Use the “shequ street …” commands, or use --data-dir to choose the community&apos;s data folder.</translation>
    </message>
    <message>
        <source>街道的文件 {path} 无法读取或已损坏{extra}。请从备份恢复街道的数据文件夹。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>The street&apos;s file {path} cannot be read or is damaged{extra}. Restore the street&apos;s data folder from a backup.</translation>
    </message>
    <message>
        <source>街道口令不对，没有做任何修改。请重新输入。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>Wrong street passphrase. Nothing was changed. Please enter it again.</translation>
    </message>
    <message>
        <source>这份街道证书来自“{offered}”，与已安装的市级“{installed}”的根证书不同，没有安装。请确认证书文件来自本市的市委组织部。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>This street certificate comes from “{offered}”, whose root certificate differs from that of the installed city “{installed}”, so it was not installed. Please check that the certificate file came from this city&apos;s Organization Department.</translation>
    </message>
    <message>
        <source>街道 {code} 没有在市级登记（或其证书已吊销），没有做任何修改。请先为该街道颁发证书（shequ city issue 街道的申请文件）。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>Street {code} is not registered with the city (or its certificate has been revoked). Nothing was changed. First issue the street a certificate (shequ city issue STREET-REQUEST-FILE).</translation>
    </message>
    <message>
        <source>代码 {code} 已登记为社区，不能再作为街道代码，没有做任何修改。请核对街道代码。</source>
        <extracomment>db/exchange/street.py</extracomment>
        <translation>Code {code} is already registered as a community and cannot also be a street code. Nothing was changed. Please check the street code.</translation>
    </message>
    <message>
        <source>街道名单文件 {source} 不能采用（{detail}），没有做任何修改。</source>
        <extracomment>db/exchange/street_import.py</extracomment>
        <translation>The street roster file {source} cannot be used ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>本街道还没有市级的社区名单，无法确认社区是否经本街道报送，没有导入任何内容。请向市委组织部索取街道名单文件（shequ city roster），用 “shequ street install-roster 文件” 安装。</source>
        <extracomment>db/exchange/street_import.py</extracomment>
        <translation>This street does not have the city&apos;s community roster yet, so it cannot tell whether a community sends through this street. Nothing was imported. Ask the City Organization Department for the street roster file (shequ city roster) and install it with “shequ street install-roster FILE”.</translation>
    </message>
    <message>
        <source>没有找到与街道副本放在一起的市级副本 {name}，没有导入任何内容。社区导出时会写出两个文件，请把两个文件放在同一个文件夹中再导入。</source>
        <extracomment>db/exchange/street_import.py</extracomment>
        <translation>The city&apos;s copy {name} was not found next to the street&apos;s copy. Nothing was imported. A community&apos;s export writes two files; put both files in the same folder, then import.</translation>
    </message>
    <message>
        <source>按市级的街道名单，社区 {office} 不经本街道报送（或其证书已吊销），没有导入任何内容。如市级刚改过报送路径，请安装市级新的街道名单后再导入。</source>
        <extracomment>db/exchange/street_import.py</extracomment>
        <translation>According to the city&apos;s street roster, community {office} does not send through this street (or its certificate has been revoked). Nothing was imported. If the city has just changed the route, install the city&apos;s new street roster, then import again.</translation>
    </message>
    <message>
        <source>街道 {folder} 还没有安装市级颁发的街道证书，无法打开社区的交换文件，没有导入任何内容。请先运行 “shequ street install-certificate 证书文件”。</source>
        <extracomment>db/exchange/street_import.py</extracomment>
        <translation>Street {folder} has not installed the street certificate issued by the city yet, so it cannot open the communities&apos; exchange files. Nothing was imported. First run “shequ street install-certificate CERTIFICATE-FILE”.</translation>
    </message>
    <message>
        <source>社区 {office} 的这个交换文件不是经本街道（{here}）报送的（文件写明经“{via}”），没有导入任何内容。请确认文件没有拿错。</source>
        <extracomment>db/exchange/street_import.py</extracomment>
        <translation>This exchange file from community {office} was not sent through this street ({here}): the file says it goes through “{via}”. Nothing was imported. Please check that you have the right file.</translation>
    </message>
    <message>
        <source>市级决定本社区的数据直接报送市级</source>
        <extracomment>db/exchange/street_route.py</extracomment>
        <translation>The city has decided that this community&apos;s data will be sent directly to the city</translation>
    </message>
    <message>
        <source>市级决定本社区的数据今后经{name}（{code}）报送</source>
        <extracomment>db/exchange/street_route.py</extracomment>
        <translation>The city has decided that this community&apos;s data will now be sent through {name} ({code})</translation>
    </message>
    <message>
        <source>市级决定本社区经{name}（{code}）报送，但该街道的证书已不在有效期内，没有导出任何内容。请与市委组织部联系，导入市级新的回执后再导出。</source>
        <extracomment>db/exchange/street_route.py</extracomment>
        <translation>The city has decided that this community sends through {name} ({code}), but that street&apos;s certificate is no longer valid. Nothing was exported. Please contact the City Organization Department, import the city&apos;s new acknowledgement, then export again.</translation>
    </message>
    <message>
        <source>回执中的报送路径没有采用：{detail}</source>
        <extracomment>db/exchange/street_route.py</extracomment>
        <translation>The sending route in the acknowledgement was not applied: {detail}</translation>
    </message>
    <message>
        <source>磁盘空间不足：{folder} 所在的磁盘已经写满，这次没有保存任何内容，请腾出空间后再试。</source>
        <extracomment>db/fileio.py</extracomment>
        <translation>The disk is full: the disk holding {folder} has no room left, so nothing was saved this time. Free some space, then try again.</translation>
    </message>
    <message>
        <source>磁盘空间不足</source>
        <extracomment>db/fileio.py</extracomment>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>{kind}“{title}”</source>
        <extracomment>db/history.py</extracomment>
        <translation>{kind} “{title}”</translation>
    </message>
    <message>
        <source>新建</source>
        <extracomment>db/history.py</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <extracomment>db/history.py</extracomment>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <extracomment>db/history.py</extracomment>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>恢复</source>
        <extracomment>db/history.py</extracomment>
        <translation>Restored</translation>
    </message>
    <message>
        <source>导入</source>
        <extracomment>db/history.py</extracomment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>数据交换</source>
        <extracomment>db/history.py</extracomment>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <extracomment>db/i18n.py</extracomment>
        <translation>{y}-{m:02}-{d:02}</translation>
    </message>
    <message>
        <source>JSON 内容嵌套超过 {limit} 层，超出允许的上限</source>
        <extracomment>db/jsonlimits.py</extracomment>
        <translation>The JSON is nested more than {limit} levels deep, beyond the allowed limit</translation>
    </message>
    <message>
        <source>{year}年</source>
        <extracomment>db/periods.py</extracomment>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年上半年</source>
        <extracomment>db/periods.py</extracomment>
        <translation>H1 {year}</translation>
    </message>
    <message>
        <source>{year}年下半年</source>
        <extracomment>db/periods.py</extracomment>
        <translation>H2 {year}</translation>
    </message>
    <message>
        <source>{year}年第一季度</source>
        <extracomment>db/periods.py</extracomment>
        <translation>Q1 {year}</translation>
    </message>
    <message>
        <source>{year}年第二季度</source>
        <extracomment>db/periods.py</extracomment>
        <translation>Q2 {year}</translation>
    </message>
    <message>
        <source>{year}年第三季度</source>
        <extracomment>db/periods.py</extracomment>
        <translation>Q3 {year}</translation>
    </message>
    <message>
        <source>{year}年第四季度</source>
        <extracomment>db/periods.py</extracomment>
        <translation>Q4 {year}</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <extracomment>db/periods.py</extracomment>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>这条记录有 {count} 处需要核对的提醒，保存前需要写明原因。没有保存任何改动。</source>
        <extracomment>db/policy.py</extracomment>
        <translation>This record has {count} warnings to check: write a reason before saving. Nothing was saved.</translation>
    </message>
    <message>
        <source>这条记录已计入已签署的报表（{returns}），修改或删除需要写明原因，之后报送更正报表。没有保存任何改动。</source>
        <extracomment>db/policy.py</extracomment>
        <translation>This record is counted in a signed return ({returns}): changing or deleting it needs a written reason, and a corrected return must then be sent. Nothing was saved.</translation>
    </message>
    <message>
        <source>这条记录的日期在已签署报表的报告期内（{returns}），新增、修改、删除或恢复都需要写明原因，之后报送更正报表。没有保存任何改动。</source>
        <extracomment>db/policy.py</extracomment>
        <translation>This record&apos;s date falls in the reporting period of a signed return ({returns}): adding, changing, deleting or restoring it needs a written reason, and a corrected return must then be sent. Nothing was saved.</translation>
    </message>
    <message>
        <source>这条记录已被删除，不能再保存修改。</source>
        <extracomment>db/policy.py</extracomment>
        <translation>This record has been deleted; changes to it can no longer be saved.</translation>
    </message>
    <message>
        <source>这条记录在打开后已被修改（可能在另一个窗口中），没有保存。请重新打开后再改。</source>
        <extracomment>db/policy.py</extracomment>
        <translation>This record was changed after it was opened (perhaps in another window), so nothing was saved. Open it again and make the change again.</translation>
    </message>
    <message>
        <source>保存的报表文件缺失或已被改动：{path}（{detail}）。请从备份恢复数据文件夹。</source>
        <extracomment>db/returns/errors.py</extracomment>
        <translation>The stored return file is missing or has been changed: {path} ({detail}). Restore the data folder from a backup.</translation>
    </message>
    <message>
        <source>{period}已有签署的报表，这次是更正（第 {version} 版），请用 --reason 写明更正原因；没有写入任何文件。</source>
        <extracomment>db/returns/errors.py</extracomment>
        <translation>{period} already has a signed return, so this is a correction (version {version}): give the reason for the correction with --reason. No file was written.</translation>
    </message>
    <message>
        <source>社区代码 {sender} 报送的数据包里，{period} 第 {version} 版报表不能接收：{reason}。整个数据包没有导入，数据没有任何改动；请该社区用本社区的证书重新签署后再报送。</source>
        <extracomment>db/returns/errors.py</extracomment>
        <translation>In the bundle sent by office code {sender}, the return for {period} (version {version}) cannot be received: {reason}. The whole bundle was not imported and nothing was changed; ask the office to sign it again with its own certificate and send it again.</translation>
    </message>
    <message>
        <source>{label}太长（{count} 个字），最多 {limit} 个字</source>
        <extracomment>db/exchange/street_ledger.py, db/returns/make.py</extracomment>
        <translation>{label} is too long ({count} characters); at most {limit} are allowed</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）市级已同意解锁，该报告期可以更正（需写明原因），之后重新签署报送</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The city has granted unlocking the return for {period} (version {version}): the reporting period can be corrected (a reason is required), then signed and sent again</translation>
    </message>
    <message>
        <source>文件中有 {rows} 行属于{periods}，该报告期的报表已由市级审核通过并锁定，不能修改，没有写入任何数据。如需更正，请由管理员申请解锁；或从文件中去掉这些行后再导入。</source>
        <extracomment>db/exchange/data_errors.py</extracomment>
        <translation>The file has {rows} rows in {periods}; the return for that reporting period has been accepted by the city and locked, so it cannot be changed. Nothing was written. To correct it, an administrator must ask to unlock it; or remove these rows from the file and import again.</translation>
    </message>
    <message>
        <source>这条记录属于{periods}，该报告期的报表已由市级审核通过并锁定，不能修改，没有保存任何改动。如需更正，请由管理员申请解锁。</source>
        <extracomment>db/exchange/data_errors.py</extracomment>
        <translation>This record belongs to {periods}; the return for that reporting period has been accepted by the city and locked, so it cannot be changed. Nothing was saved. To correct it, an administrator must ask to unlock it.</translation>
    </message>
    <message>
        <source>{period}的报表已由市级审核通过并锁定，不能再签署新的版本。如需更正，请由管理员申请解锁。</source>
        <extracomment>db/exchange/locks.py</extracomment>
        <translation>The return for {period} has been accepted by the city and locked; a new version cannot be signed. To correct it, an administrator must ask to unlock it.</translation>
    </message>
    <message>
        <source>按市级的安排，本社区直接向市级报送，不经过街道，不能导入街道的回执，没有做任何修改。如市级已改为经街道报送，请先导入市级新的回执。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>By the city&apos;s arrangement, this community sends directly to the city, not through a street, so a street&apos;s receipt cannot be imported. Nothing was changed. If the city has switched to sending through the street, import the city&apos;s new acknowledgement first.</translation>
    </message>
    <message>
        <source>这是街道 {sender} 的回执，而本社区按市级的安排经{name}（{code}）报送，没有导入任何内容。请确认文件没有拿错。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>This is a receipt from street {sender}, but by the city&apos;s arrangement this community sends through {name} ({code}). Nothing was imported. Please check that you have the right file.</translation>
    </message>
    <message>
        <source>数据库 {url} 里还没有市级安装，没有做任何修改。第一台电脑请用 “shequ city init --name 名称 --database 地址” 建立市级安装，其他电脑再加入。</source>
        <extracomment>db/citydb.py</extracomment>
        <translation>The database {url} holds no city installation yet; nothing was changed. On the first computer set one up with “shequ city init --name NAME --database ADDRESS”, then join from the others.</translation>
    </message>
    <message>
        <source>只支持 postgresql+psycopg:// 开头的地址</source>
        <extracomment>db/citydb.py, db/cityurl.py</extracomment>
        <translation>Only addresses starting with postgresql+psycopg:// are supported</translation>
    </message>
    <message>
        <source>地址的格式不对</source>
        <extracomment>db/citydb.py</extracomment>
        <translation>The address is not in the right form</translation>
    </message>
    <message>
        <source>地址里缺少数据库名</source>
        <extracomment>db/citydb.py</extracomment>
        <translation>The address lacks the database name</translation>
    </message>
    <message>
        <source>数据库 {url} 里已经有数据，不能用来建立新的市级安装；没有做任何修改。请让数据库管理员新建一个空数据库，再写它的地址。</source>
        <extracomment>db/citydb.py</extracomment>
        <translation>The database {url} already holds data and cannot be used for a new city installation; nothing was changed. Ask the database administrator for a new empty database and enter its address.</translation>
    </message>
    <message>
        <source>迁移到服务器没有完成（{detail}）。市级数据仍保存在本机，和迁移前完全一样，服务器上的数据库没有写入数据；请检查网络和数据库服务器后再试一次，或把这句话告诉数据库管理员。</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The move to the server did not finish ({detail}). The city&apos;s data is still kept on this computer, exactly as before the move, and nothing was written to the server&apos;s database; check the network and the database server and try again, or tell the database administrator this sentence.</translation>
    </message>
    <message>
        <source>迁移到服务器没有完成（{detail}）。市级数据仍保存在本机，和迁移前完全一样；但服务器上的数据库 {url} 里已经有这次复制过去的数据：请让数据库管理员清空它（或新建一个空数据库），再试一次。</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The move to the server did not finish ({detail}). The city&apos;s data is still kept on this computer, exactly as before the move; but the server&apos;s database {url} already holds the data copied so far: ask the database administrator to empty it (or create a new empty database), then try again.</translation>
    </message>
    <message>
        <source>市级数据已迁移到服务器 {url}：{tables} 张表，共 {rows} 行，逐表核对一致。原来的数据文件已改名保留为 {kept}，以后不再使用；请用 pg_dump 定期备份服务器上的数据库。</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The city&apos;s data has been moved to the server {url}: {tables} tables, {rows} rows in all, each table checked and equal. The old data file is kept as {kept} and no longer used; back up the server&apos;s database regularly with pg_dump.</translation>
    </message>
    <message>
        <source>本机数据的结构版本 {revision} 不是最新的 {head}</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>This computer&apos;s data is at schema version {revision}, not the latest {head}</translation>
    </message>
    <message>
        <source>服务器上的数据结构版本和本机不一致</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The schema version on the server differs from this computer&apos;s</translation>
    </message>
    <message>
        <source>本机数据里有本版本不认识的表 {names}</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>This computer&apos;s data has tables this version does not know: {names}</translation>
    </message>
    <message>
        <source>本机数据的 {table} 表有本版本不认识的列 {names}</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The table {table} of this computer&apos;s data has columns this version does not know: {names}</translation>
    </message>
    <message>
        <source>{table} 表有 {count} 行没有写入服务器</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>{count} rows of the table {table} were not written to the server</translation>
    </message>
    <message>
        <source>{table} 表在服务器上有 {stored} 行，本机有 {count} 行</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The table {table} has {stored} rows on the server and {count} on this computer</translation>
    </message>
    <message>
        <source>{table} 表在服务器上的记录和本机的不一致</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The records of the table {table} on the server differ from this computer&apos;s</translation>
    </message>
    <message>
        <source>数据库 {url} 里已经有数据，不能把市级数据迁移进去；没有做任何修改，市级数据仍保存在本机。请让数据库管理员新建一个空数据库，再写它的地址。</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The database {url} already holds data, so the city&apos;s data cannot be moved into it; nothing was changed and the city&apos;s data is still kept on this computer. Ask the database administrator for a new empty database and enter its address.</translation>
    </message>
    <message>
        <source>市级数据已经保存在服务器 {url} 上，不需要迁移；没有做任何修改。</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The city&apos;s data is already kept on the server {url}; there is nothing to move. Nothing was changed.</translation>
    </message>
    <message>
        <source>数据文件夹 {folder} 里没有市级数据文件（shequ.sqlite），没有可以迁移的数据；没有做任何修改。请确认选择的是市级的数据文件夹。</source>
        <extracomment>db/citymove.py</extracomment>
        <translation>The data folder {folder} has no city data file (shequ.sqlite), so there is nothing to move; nothing was changed. Check that you chose the city&apos;s data folder.</translation>
    </message>
    <message>
        <source>缺少 url</source>
        <extracomment>db/cityurl.py</extracomment>
        <translation>url missing</translation>
    </message>
    <message>
        <source>市级数据库设置文件无法使用：{path}（{detail}）。请改正这个文件，或用 “shequ city init --database 地址” 重新设置。</source>
        <extracomment>db/cityurl.py</extracomment>
        <translation>The city database setting file cannot be used: {path} ({detail}). Correct this file, or set it again with “shequ city init --database ADDRESS”.</translation>
    </message>
    <message>
        <source>连接不上市级数据库 {url}：{detail}。请检查网络、数据库服务器是否开着，以及用户名和密码；没有做任何修改。</source>
        <extracomment>db/cityurl.py</extracomment>
        <translation>Cannot connect to the city database {url}: {detail}. Check the network, that the database server is running, and the user name and password; nothing was changed.</translation>
    </message>
    <message>
        <source>市级数据库 {url} 来自更新版本的社区台账（数据结构版本 {revision}）。数据库未做任何修改；请在这台电脑上安装最新版本的社区台账后再打开。</source>
        <extracomment>db/cityurl.py</extracomment>
        <translation>The city database {url} comes from a newer version of Shequ (schema version {revision}). Nothing in the database was changed; install the latest version of Shequ on this computer, then open it again.</translation>
    </message>
    <message>
        <source>文件过大</source>
        <extracomment>db/cityurl.py</extracomment>
        <translation>file too large</translation>
    </message>
    <message>
        <source>不是有效的 JSON</source>
        <extracomment>db/cityurl.py</extracomment>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>这份报表刚刚已由 {name} 标记为“{status}”（可能是在另一台电脑上），你的决定没有保存。请刷新后看一下，再决定是否更改。</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>{name} has just marked this return “{status}” (perhaps on another computer); your decision was not saved. Refresh and look, then decide whether to change it.</translation>
    </message>
    <message>
        <source>这份报表的审核结果刚刚被更改（可能是在另一台电脑上），你的决定没有保存。请刷新后再决定。</source>
        <extracomment>db/exchange/acks.py</extracomment>
        <translation>The review result of this return has just been changed (perhaps on another computer); your decision was not saved. Refresh, then decide.</translation>
    </message>
    <message>
        <source>社区 {office} 刚刚送来了{period}的新版本报表（第 {version} 版），这条意见没有写入。请刷新后对新版本提意见。</source>
        <extracomment>db/exchange/comments.py</extracomment>
        <translation>Office {office} has just sent a new version of its return for {period} (version {version}); this comment was not saved. Refresh, then comment on the new version.</translation>
    </message>
    <message>
        <source>数据文件夹 {folder} 是市级安装，但市级数据库中没有市级的证书和密钥，没有做任何修改。请检查这台电脑连接的是不是本市的市级数据库，或从备份恢复市级数据。</source>
        <extracomment>db/exchange/pki.py</extracomment>
        <translation>The data folder {folder} is a city installation, but the city database holds no certificates or keys of the city; nothing was changed. Check that this computer is connected to this city&apos;s database, or restore the city&apos;s data from a backup.</translation>
    </message>
    <message>
        <source>市级数据库中的{what}无法读取或已损坏{extra}，没有做任何修改。请从备份恢复市级数据。</source>
        <extracomment>db/exchange/pki.py</extracomment>
        <translation>The {what} in the city database cannot be read or is damaged{extra}; nothing was changed. Restore the city&apos;s data from a backup.</translation>
    </message>
    <message>
        <source>市级文件 {path} 无法移入市级数据库（{detail}），没有做任何修改，原有文件保持不变。请从备份恢复数据文件夹中的 city 文件夹后再打开。</source>
        <extracomment>db/exchange/pki.py</extracomment>
        <translation>The city file {path} could not be moved into the city database ({detail}); nothing was changed and the files are as they were. Restore the city folder of the data folder from a backup, then open it again.</translation>
    </message>
    <message>
        <source>回执的签名证书不是市级回执中登记的街道 {code} 的证书，没有导入任何内容。如街道刚换了证书，请先导入市级新的回执。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>The receipt&apos;s signing certificate is not the certificate of street {code} registered in the city&apos;s acknowledgement. Nothing was imported. If the street has just changed its certificate, import the city&apos;s new acknowledgement first.</translation>
    </message>
    <message>
        <source>本街道还没有导入过社区 {office} 的数据包，不知道它的证书，无法给它写回执，没有写出任何文件。请先导入该社区经本街道报送的数据包。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>This street has not imported a bundle from community {office} yet, so it does not know the community&apos;s certificate and cannot write a receipt for it. No file was written. First import a bundle that the community sent through this street.</translation>
    </message>
    <message>
        <source>按市级的街道名单，社区 {office} 的证书已吊销，不能给它写回执，没有写出任何文件。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>According to the city&apos;s street roster, the certificate of community {office} has been revoked, so no receipt can be written for it. No file was written.</translation>
    </message>
    <message>
        <source>街道第 {seq} 号回执以前已经导入过，这次没有任何改动。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>Street receipt No. {seq} was imported before; nothing has changed this time.</translation>
    </message>
    <message>
        <source>街道第 {seq} 号回执比已经导入的第 {newer} 号旧，这次没有任何改动。</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>Street receipt No. {seq} is older than No. {newer}, which has already been imported; nothing has changed this time.</translation>
    </message>
    <message>
        <source>已导入{name}第 {seq} 号回执：街道确认收到数据包 {count} 个</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>Imported receipt No. {seq} from {name}: the street confirms {count} bundles received</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）街道审核通过，等待市级审核</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>The return for {period} (version {version}) was accepted by the street and is waiting for the city&apos;s review</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）被街道退回：{reason}</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>The return for {period} (version {version}) was sent back by the street: {reason}</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）街道审核认为有问题：{reason}</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>The street&apos;s review found a problem with the return for {period} (version {version}): {reason}</translation>
    </message>
    <message>
        <source>{period}报表（第 {version} 版）街道待审核</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>The return for {period} (version {version}) is waiting for the street&apos;s review</translation>
    </message>
    <message>
        <source>街道审核意见 {count} 条（见数据交换页和相关的指标、记录）</source>
        <extracomment>db/exchange/street_acks.py</extracomment>
        <translation>{count} review comments from the street (see the Data exchange page and the figures and records concerned)</translation>
    </message>
    <message>
        <source>街道 {street} 的转报文件没有导入（{detail}），数据库没有任何改动。</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The forwarding file from street {street} was not imported ({detail}); nothing in the database was changed.</translation>
    </message>
    <message>
        <source>街道 {street} 的转报文件审核了社区 {office} {period}的报表，但市级还没有收到这份报表，没有导入任何内容。请先导入该社区的数据文件（街道转来的 {office}-编号.shequ），再导入街道的转报文件。</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The forwarding file from street {street} reviews the return of community {office} for {period}, but the city has not received that return yet. Nothing was imported. First import the community&apos;s data file (the {office}-NUMBER.shequ passed on by the street), then import the street&apos;s forwarding file.</translation>
    </message>
    <message>
        <source>文件内容不完整或已损坏：{what}</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The file is incomplete or damaged: {what}</translation>
    </message>
    <message>
        <source>街道 {street} 的第 {seq} 号转报文件</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>Forwarding file No. {seq} from street {street}</translation>
    </message>
    <message>
        <source>{who}以前已经导入过，这次没有任何改动。</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>{who} was imported before; nothing has changed this time.</translation>
    </message>
    <message>
        <source>已导入{who}：街道审核意见 {decisions} 份（其中通过并会签 {countersigned} 份），街道意见 {comments} 条。街道的意见仅供参考，市级仍需逐份审核（请在“报送情况”中审核）。</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>{who} imported: {decisions} street review decisions ({countersigned} of them accepted and countersigned), {comments} street comments. The street&apos;s comments are for reference only; the city must still review each return (review them under “Submissions”).</translation>
    </message>
    <message>
        <source>{label}的会签 PDF 不是社区签署的原件加上街道的签名</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The countersigned PDF of {label} is not the original signed by the community plus the street&apos;s signature</translation>
    </message>
    <message>
        <source>{label}的会签 PDF 无法读取</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The countersigned PDF of {label} cannot be read</translation>
    </message>
    <message>
        <source>{label}的会签 PDF 不是恰好多了一个签名</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The countersigned PDF of {label} does not have exactly one more signature</translation>
    </message>
    <message>
        <source>{label}的会签不是本街道的证书签署的</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The countersignature on {label} was not made with this street&apos;s certificate</translation>
    </message>
    <message>
        <source>{label}的街道签名无效或不是本市根证书颁发的证书</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The street&apos;s signature on {label} is not valid, or its certificate was not issued by this city&apos;s root certificate</translation>
    </message>
    <message>
        <source>文件头不完整</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The file header is incomplete</translation>
    </message>
    <message>
        <source>第 {seq} 号转报文件已经导入过另一份内容不同的文件</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>A different file with forwarding number {seq} has already been imported</translation>
    </message>
    <message>
        <source>签名证书不是市级为该街道登记的证书</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The signing certificate is not the one the city registered for this street</translation>
    </message>
    <message>
        <source>社区 {office} 不是经本街道报送的（市级的报送路径）</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>Community {office} does not send through this street (according to the city&apos;s sending routes)</translation>
    </message>
    <message>
        <source>社区 {office} {period}第 {version} 版</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>community {office}, {period}, version {version}</translation>
    </message>
    <message>
        <source>{label}的会签 PDF 与转报文件中的摘要不符</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The countersigned PDF of {label} does not match the digest in the forwarded file</translation>
    </message>
    <message>
        <source>市级保存的{label}报表 PDF 缺失或已损坏，无法核对会签</source>
        <extracomment>db/exchange/street_forward.py</extracomment>
        <translation>The PDF kept by the city for the return of {label} is missing or damaged, so the countersignature cannot be checked</translation>
    </message>
    <message>
        <source>{label}“{value}”不是可选的值，可选：{choices}</source>
        <extracomment>db/exchange/street_ledger.py</extracomment>
        <translation>{label} “{value}” is not one of the choices; choose from: {choices}</translation>
    </message>
    <message>
        <source>{label}只能写一行</source>
        <extracomment>db/exchange/street_ledger.py, db/returns/make.py</extracomment>
        <translation>{label} can only be one line</translation>
    </message>
    <message>
        <source>请填写{label}的姓名：街道的每一笔录入都记录是谁做的。</source>
        <extracomment>db/exchange/street_ledger.py</extracomment>
        <translation>Please fill in the name ({label}): every entry at the street records who made it.</translation>
    </message>
    <message>
        <source>请写出要删除的{label}的编号（列表中的编号，至少 {count} 位）</source>
        <extracomment>db/exchange/street_ledger.py</extracomment>
        <translation>Write the number of the {label} to delete (the number in the list, at least {count} characters)</translation>
    </message>
    <message>
        <source>本街道没有编号为“{id}”的{label}，没有删除任何记录。</source>
        <extracomment>db/exchange/street_ledger.py</extracomment>
        <translation>This street has no {label} numbered “{id}”. Nothing was deleted.</translation>
    </message>
    <message>
        <source>编号“{id}”对应不止一条{label}，请多写几位编号，没有删除任何记录。</source>
        <extracomment>db/exchange/street_ledger.py</extracomment>
        <translation>Number “{id}” matches more than one {label}; please write more characters of the number. Nothing was deleted.</translation>
    </message>
    <message>
        <source>请写明删除的原因：删除会记入修改记录。</source>
        <extracomment>db/exchange/street_ledger.py</extracomment>
        <translation>Please give the reason for deleting: the deletion is kept in the change history.</translation>
    </message>
    <message>
        <source>本街道没有收到报表 {id}，没有做任何修改。请先导入该社区的交换文件（shequ street import），再用 “shequ street returns” 查看报表编号。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>This street has not received return {id}. Nothing was changed. Import the community&apos;s exchange file first (shequ street import), then use “shequ street returns” to see the return numbers.</translation>
    </message>
    <message>
        <source>报表 {id} 的街道审核意见已经转报市级，不能再改，没有做任何修改。如需更正，请与市委组织部联系。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>The street&apos;s review decision on return {id} has already been forwarded to the city and cannot be changed. Nothing was changed. To correct it, please contact the City Organization Department.</translation>
    </message>
    <message>
        <source>审核通过要用街道的密钥在报表上会签，需要街道口令，没有做任何修改。请输入街道口令后重试。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>Accepting needs the street&apos;s key to countersign the return, so the street passphrase is required. Nothing was changed. Enter the street passphrase and try again.</translation>
    </message>
    <message>
        <source>社区的报表 PDF 无法会签（{detail}），没有做任何修改。可以把这份报表退回或标记为有问题。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>The community&apos;s return PDF cannot be countersigned ({detail}). Nothing was changed. You can send this return back or flag a problem with it.</translation>
    </message>
    <message>
        <source>街道 {folder} 还没有安装市级颁发的街道证书，不能会签或转报，没有做任何修改。请先运行 “shequ street install-certificate 证书文件”。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>Street {folder} has not installed the street certificate issued by the city yet, so it cannot countersign or forward. Nothing was changed. First run “shequ street install-certificate CERTIFICATE-FILE”.</translation>
    </message>
    <message>
        <source>目标文件夹里已有同名但内容不同的文件 {path}，没有写出任何文件。请换一个空文件夹或 U 盘后重试。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>The target folder already has a different file with the same name, {path}. No file was written. Please use an empty folder or another USB drive and try again.</translation>
    </message>
    <message>
        <source>这份报表没有 PDF</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>This return has no PDF</translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>File {path} not found</translation>
    </message>
    <message>
        <source>文件与社区签署时的摘要不符</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>The file does not match the digest made when the community signed it</translation>
    </message>
    <message>
        <source>没有需要转报市级的内容：街道的审核意见、意见和社区的数据文件都已转报过。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>Nothing needs to be forwarded to the city: the street&apos;s review decisions, comments and the communities&apos; data files have all been forwarded already.</translation>
    </message>
    <message>
        <source>已写出街道转报文件 {name}（第 {seq} 号）：审核意见 {decisions} 份（其中通过并会签 {countersigned} 份），意见 {comments} 条；另原样转交社区的数据文件 {copies} 个。请把这些文件都交给市委组织部导入。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>Wrote the street&apos;s forwarding file {name} (No. {seq}): {decisions} review decisions ({countersigned} of them accepted and countersigned), {comments} comments; plus {copies} community data files passed on unchanged. Please give all these files to the City Organization Department to import.</translation>
    </message>
    <message>
        <source>{text}还有 {count} 份通过的报表超出一个文件的大小，请再转报一次。</source>
        <extracomment>db/exchange/street_review.py</extracomment>
        <translation>{text} {count} more accepted returns did not fit in one file; please forward again.</translation>
    </message>
    <message>
        <source>本期没有在岗的街道(镇)工作者，无法计算人均经费（本期计入的经费 {funds} 元）</source>
        <extracomment>db/exchange/street_standing.py</extracomment>
        <translation>No street workers were in post in this period, so the funding per worker cannot be calculated (funds counted in this period: {funds} yuan)</translation>
    </message>
    <message>
        <source>本期计入的经费 {funds} 元，按 {years} 人·年计人均 {per_worker} 元/人·年，达到标准 {standard} 元/人·年（按人·年计 {required} 元）</source>
        <extracomment>db/exchange/street_standing.py</extracomment>
        <translation>Funds counted in this period: {funds} yuan, {per_worker} yuan per worker per year over {years} worker-years, meeting the standard of {standard} yuan per worker per year ({required} yuan for the worker-years)</translation>
    </message>
    <message>
        <source>本期计入的经费 {funds} 元，低于按 {years} 人·年计算的标准 {required} 元，差 {short} 元（人均 {per_worker} 元/人·年，标准 {standard} 元/人·年）</source>
        <extracomment>db/exchange/street_standing.py</extracomment>
        <translation>Funds counted in this period: {funds} yuan, below the standard of {required} yuan for {years} worker-years, short by {short} yuan ({per_worker} yuan per worker per year; standard {standard} yuan per worker per year)</translation>
    </message>
    <message>
        <source>找不到解锁申请 {request_id}（可能还没有导入该社区的数据包）。请先导入社区的数据包，再查看申请列表。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>Unlock request {request_id} not found (the community&apos;s bundle may not have been imported yet). Import the community&apos;s bundle first, then look at the list of requests.</translation>
    </message>
    <message>
        <source>社区 {office} {period}的报表还没有经市级审核通过，没有锁定，不需要解锁。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>The return of community {office} for {period} has not been accepted by the city yet, so it is not locked and does not need unlocking.</translation>
    </message>
    <message>
        <source>社区 {office} {period}已经报来更新的报表（第 {version} 版），这份解锁申请针对的是旧版本，不再需要同意。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>Community {office} has already sent a newer return for {period} (version {version}); this unlock request is for an older version and no longer needs to be granted.</translation>
    </message>
    <message>
        <source>社区 {office} {period}的报表已经同意解锁（{name}），不需要再次同意。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>Unlocking the return of community {office} for {period} has already been granted ({name}); there is no need to grant it again.</translation>
    </message>
    <message>
        <source>同意解锁需要填写审核人姓名：每个决定都记录是谁做的。请填写姓名后重试。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>Granting an unlock needs the reviewer&apos;s name: every decision records who made it. Fill in the name and try again.</translation>
    </message>
    <message>
        <source>申请解锁需要写明原因（要更正什么、为什么），市级审核时会看到它。请填写后重试。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>Asking to unlock needs a reason (what needs correcting and why); the city sees it when reviewing. Fill it in and try again.</translation>
    </message>
    <message>
        <source>申请解锁需要填写申请人（管理员）的姓名。请填写后重试。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>Asking to unlock needs the name of the person asking (an administrator). Fill it in and try again.</translation>
    </message>
    <message>
        <source>“{name}”不是本社区的管理员：只有管理员可以申请解锁。请由管理员登录后申请（设置 ▸ 操作人员 中可以看到谁是管理员）。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>“{name}” is not an administrator of this community: only an administrator can ask to unlock. Please have an administrator sign in and ask (Settings ▸ Operators shows who is an administrator).</translation>
    </message>
    <message>
        <source>{period}没有锁定（市级还没有审核通过这个报告期的报表，或已经同意解锁），不需要申请解锁。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>{period} is not locked (the city has not accepted the return for this reporting period yet, or has already granted unlocking), so there is no need to ask to unlock it.</translation>
    </message>
    <message>
        <source>{period}已经有一份等待市级同意的解锁申请（申请人：{name}），不能重复申请。请等待市级处理。</source>
        <extracomment>db/exchange/unlock.py</extracomment>
        <translation>{period} already has an unlock request waiting for the city (requested by {name}); it cannot be requested again. Please wait for the city to deal with it.</translation>
    </message>
    <message>
        <source>文件正被其他程序占用，无法替换：{path}。可能是杀毒软件或文件索引正在读取它；请关闭正在使用这个文件的程序，稍等片刻后再试。</source>
        <extracomment>db/fileio.py</extracomment>
        <translation>The file is in use by another program and cannot be replaced: {path}. Antivirus software or the file indexer may be reading it; close the program using the file, wait a moment and try again.</translation>
    </message>
    <message>
        <source>文件正被其他程序占用</source>
        <extracomment>db/fileio.py</extracomment>
        <translation>The file is in use by another program</translation>
    </message>
    <message>
        <source>{where}“{title}”：{message}</source>
        <extracomment>db/returns/preflight.py</extracomment>
        <translation>{where} “{title}”: {message}</translation>
    </message>
    <message>
        <source>{where}：{message}</source>
        <extracomment>db/returns/preflight.py</extracomment>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{pillar}·{figure}：{reason}</source>
        <extracomment>db/returns/preflight.py</extracomment>
        <translation>{pillar} · {figure}: {reason}</translation>
    </message>
    <message>
        <source>报表属于社区代码 {code}，但签名证书不是社区的证书（签名证书：{signer}），签名人与报表不符</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>The return belongs to office code {code}, but the signing certificate is not an office&apos;s certificate (signing certificate: {signer}); the signer does not match the return</translation>
    </message>
    <message>
        <source>报表属于社区代码 {code}，签名证书却属于社区代码 {other}（{signer}），签名人与报表不符</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>The return belongs to office code {code}, but the signing certificate belongs to office code {other} ({signer}); the signer does not match the return</translation>
    </message>
    <message>
        <source>这是{city}的汇总表，签名证书却属于社区代码 {other}（{signer}），签名人与报表不符</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>This is {city}&apos;s summary return, but the signing certificate belongs to office code {other} ({signer}); the signer does not match the return</translation>
    </message>
    <message>
        <source>这是{city}的汇总表，签名证书却属于{signer}，签名人与报表不符</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>This is {city}&apos;s summary return, but the signing certificate belongs to {signer}; the signer does not match the return</translation>
    </message>
    <message>
        <source>第 {index} 个签名由社区的证书签署（{signer}），追加的签名只能是街道或市级的，签名人与报表不符</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>Signature {index} was made with a community certificate ({signer}); added signatures can only be the street&apos;s or the city&apos;s, so the signer does not match the return</translation>
    </message>
    <message>
        <source>这份报表由本社区的签名密钥签署，签署后没有被改动；但证书还是本社区自签的，要等市委组织部颁发证书后，才能被认定为可信。</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>This return was signed with this community&apos;s own key and has not been changed since; but its certificate is still self-signed, so it counts as trusted only once the city Organization Department has issued a certificate.</translation>
    </message>
    <message>
        <source>这份报表的签名证书由市委组织部颁发，内容与签署时完全一致。</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>This return&apos;s signing certificate was issued by the city Organization Department, and it is exactly as it was signed.</translation>
    </message>
    <message>
        <source>这份报表的签名人不是报表所属的单位：它由另一个单位的证书签署，不能证明是报表所属单位报送的。请向报表所属单位核实，并索取由其本单位签署的报表。</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>The signer of this return is not the unit it belongs to: it was signed with another unit&apos;s certificate, so it does not prove that unit sent it. Check with the unit the return belongs to and ask for a return signed with its own certificate.</translation>
    </message>
    <message>
        <source>这份文件在签署之后被改动过，或者文件已损坏，不能作为正式报表。请向报送单位重新索取。</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>This file was changed after signing, or is damaged, and cannot serve as an official return. Please ask the sending office for it again.</translation>
    </message>
    <message>
        <source>文件签署后没有被改动，但签名证书既不是市委组织部颁发的，也不是本社区自己的，无法确认由谁签署。</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>The file is unchanged since signing, but the certificate was neither issued by the city Organization Department nor is it this office&apos;s own, so who signed it cannot be confirmed.</translation>
    </message>
    <message>
        <source>这可能是草稿或打印前导出的文件。正式报送的报表必须签署。</source>
        <extracomment>db/returns/verify.py</extracomment>
        <translation>It may be a draft or a file exported before printing. A return sent officially must be signed.</translation>
    </message>
    <message>
        <source>{label}“{value}”只写了年月，已按 {year}年{month}月1日 导入，如知道具体日期请改正</source>
        <extracomment>db/sheets/convert.py</extracomment>
        <translation>{label} “{value}” gives only the year and month; imported as {year}-{month}-01 — correct it if you know the date</translation>
    </message>
    <message>
        <source>{label}“{value}”只写了年份，已按 {year}年1月1日 导入，如知道具体日期请改正</source>
        <extracomment>db/sheets/convert.py</extracomment>
        <translation>{label} “{value}” gives only the year; imported as {year}-01-01 — correct it if you know the date</translation>
    </message>
    <message>
        <source>{label}“{value}”被 Excel 存成了数字，已按 {year}年{month}月1日 导入{maybe_october}；为避免误读，请把日期写成 2003-07-01 的样式</source>
        <extracomment>db/sheets/convert.py</extracomment>
        <translation>{label} “{value}” was stored by Excel as a number; imported as {year}-{month}-01{maybe_october}. To avoid misreading, write dates like 2003-07-01</translation>
    </message>
    <message>
        <source>（如原来写的是 10 月请改正）</source>
        <extracomment>db/sheets/convert.py</extracomment>
        <translation> (if it said October, please correct it)</translation>
    </message>
    <message>
        <source>{label}“{value}”不是金额，请只填写数字（单位：元），如 1234.50</source>
        <extracomment>db/sheets/convert.py, db/typed.py</extracomment>
        <translation>{label} “{value}” is not an amount: enter digits only (in yuan), e.g. 1234.50</translation>
    </message>
    <message>
        <source>{label}“{value}”不是数字，请只填写数字，如 120.5</source>
        <extracomment>db/sheets/convert.py, db/typed.py</extracomment>
        <translation>{label} “{value}” is not a number: enter digits only, e.g. 120.5</translation>
    </message>
    <message>
        <source>{label}“{value}”应为整数，请只填写数字</source>
        <extracomment>db/sheets/convert.py, db/typed.py</extracomment>
        <translation>{label} “{value}” should be a whole number: enter digits only</translation>
    </message>
    <message>
        <source>{label}“{value}”超过了两位小数（精确到分），请核对</source>
        <extracomment>db/sheets/convert.py, db/typed.py</extracomment>
        <translation>{label} “{value}” has more than two decimals (amounts are to the fen); please check</translation>
    </message>
    <message>
        <source>“{name}”的单元格（行数 × 列数）超过 {limit:,} 个，超过了一次导入的上限。请删去不用的列，或把数据拆成几个较小的文件，分别导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” has more than {limit:,} cells (rows × columns), more than one import takes. Delete the columns you do not use, or split the data into several smaller files and import them one by one. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”的文字超过 {limit:,} 个字，超过了一次导入的上限。请把数据拆成几个较小的文件，分别导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” holds more than {limit:,} characters of text, more than one import takes. Split the data into several smaller files and import them one by one. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”第 {row} 行的文字超过 {limit:,} 个字，超过了一行的上限。请缩短这一行的内容后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>Row {row} of “{name}” holds more than {limit:,} characters, the most a row may hold. Shorten that row, then import again. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里有一个单元格超过 {limit:,} 个字，超过了一个单元格的上限。请找到并缩短这个单元格的内容后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>A cell in “{name}” is longer than {limit:,} characters, the most a cell may hold. Find and shorten that cell, then import again. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”第 {row} 行有一个单元格超过 {limit:,} 个字，超过了一个单元格的上限。请缩短这个单元格的内容后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>A cell in row {row} of “{name}” is longer than {limit:,} characters, the most a cell may hold. Shorten that cell, then import again. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”第 {line} 行超过 {limit:,} 个字，不像是正常的表格。请在 Excel 中打开它，另存为 Excel 工作簿（.xlsx）后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>Line {line} of “{name}” is longer than {limit:,} characters, which is not what a normal table looks like. Open it in Excel, save it as an Excel workbook (.xlsx), then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”解压后超过 {limit}，超过了一次导入的上限。请把数据拆成几个较小的文件，或删去其中的图片后另存，再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>Unpacked, “{name}” is larger than {limit}, more than one import takes. Split the data into several smaller files, or delete its pictures and save it again, then import. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里的“{part}”部分过大（超过 {limit}），无法安全读取。请在 Excel 中新建一个工作簿，把数据复制过去（选择性粘贴为“值”），保存为 .xlsx 后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>The part “{part}” in “{name}” is too large (over {limit}) to be read safely. In Excel, make a new workbook, copy the data into it (Paste Special ▸ Values), save it as .xlsx, then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里的部件超过 {limit:,} 个，不像是正常的 Excel 工作簿。请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” has more than {limit:,} parts, which is not what a normal Excel workbook looks like. Open it in Excel, save it as a new .xlsx, then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里的“{part}”压缩比超过 {limit:,} 倍，远超正常的表格，可能已损坏或是恶意构造的文件，没有读取。请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{part}” in “{name}” is compressed more than {limit:,} times, far beyond a normal table: the file may be damaged or crafted to do harm, and it was not read. Open it in Excel, save it as a new .xlsx, then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里的“{part}”部分与文件记录的大小或内容不符，文件已损坏或被改动过，没有读取。请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>The part “{part}” in “{name}” does not match the size or content the file records: the file is damaged or was altered, and it was not read. Open it in Excel, save it as a new .xlsx, then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里的“{part}”部分超过 {limit:,} 个条目，无法安全读取。请在 Excel 中新建一个工作簿，把数据复制过去（选择性粘贴为“值”），保存为 .xlsx 后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>The part “{part}” in “{name}” has more than {limit:,} entries and cannot be read safely. In Excel, make a new workbook, copy the data into it (Paste Special ▸ Values), save it as .xlsx, then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”里的“{part}”部分有一段连续超过 {limit} 的内容，不像是正常的表格，没有读取。请在 Excel 中打开它，另存为新的 .xlsx 后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>The part “{part}” in “{name}” has an unbroken stretch longer than {limit}, which is not what a normal table looks like, and it was not read. Open it in Excel, save it as a new .xlsx, then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”第 {line} 行的格式有误（如引号不成对），无法读取。请在 Excel 中打开它，另存为 Excel 工作簿（.xlsx）后再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>Line {line} of “{name}” is malformed (for example, unmatched quotes) and cannot be read. Open it in Excel, save it as an Excel workbook (.xlsx), then import that. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”太大（{size}），超过了一次导入的上限（{limit}）。请把数据拆成几个较小的文件，分别导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” is too large ({size}); one import takes at most {limit}. Split the data into several smaller files and import them one by one. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”超过 {limit:,} 行（含设置了格式的空行），超过了一次导入的上限。请删去数据下方不用的行，或把数据拆成几个较小的文件，分别导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” has more than {limit:,} rows (formatted empty rows included), more than one import takes. Delete the unused rows below the data, or split the data into several smaller files and import them one by one. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”超过 {limit:,} 行，超过了一次导入的上限。请把数据拆成几个较小的文件，分别导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” has more than {limit:,} rows, more than one import takes. Split the data into several smaller files and import them one by one. Nothing was written.</translation>
    </message>
    <message>
        <source>“{name}”的表头超过 {limit:,} 列，超过了一次导入的上限。请删去不用的列，或把数据拆成几个文件，再导入。没有写入任何数据。</source>
        <extracomment>db/sheets/errors.py</extracomment>
        <translation>“{name}” has more than {limit:,} header columns, more than one import takes. Delete the columns you do not use, or split the data into several files, then import. Nothing was written.</translation>
    </message>
    <message>
        <source>{label}“{value}”不是有效的日期，请写成 2023-05-01、2023.5.1 或 2023年5月1日 的样式</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” is not a valid date: write it like 2023-05-01, 2023.5.1 or 2023年5月1日</translation>
    </message>
    <message>
        <source>{label}“{value}”的年份 {year} 不对，请写 {low} 到 {high} 之间的年份，如 2023-05-01</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}”: the year {year} is wrong; write a year from {low} to {high}, e.g. 2023-05-01</translation>
    </message>
    <message>
        <source>{label}“{value}”不是有效的日期：没有{month}月，请核对</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” is not a valid date: there is no month {month}; please check</translation>
    </message>
    <message>
        <source>{label}“{value}”不是有效的日期：{year}年{month}月没有{day}日，请核对</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” is not a valid date: {year}-{month} has no day {day}; please check</translation>
    </message>
    <message>
        <source>{label}“{value}”不是完整的日期，请把年、月、日都写上，如 {example}</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” is not a complete date: write the year, month and day, e.g. {example}</translation>
    </message>
    <message>
        <source>{label}“{value}”不是月份，请写成 2023-05 或 2023年5月 的样式</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” is not a month: write it like 2023-05 or 2023年5月</translation>
    </message>
    <message>
        <source>{label}“{value}”不是年份，请写四位数的年份，如 2024</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” is not a year: write the year with four digits, e.g. 2024</translation>
    </message>
    <message>
        <source>{label}“{value}”的小数位太多，最多填写 {decimals} 位小数</source>
        <extracomment>db/typed.py</extracomment>
        <translation>{label} “{value}” has too many decimals: at most {decimals}</translation>
    </message>
    <message>
        <source>还没有填写社区基本情况，请先填写</source>
        <extracomment>db/validation/check.py</extracomment>
        <translation>The community profile has not been filled in yet; please fill it in first</translation>
    </message>
    <message>
        <source>{period}没有经费到账记录，请核对经费台账是否漏填</source>
        <extracomment>db/validation/check.py</extracomment>
        <translation>No funds received in {period}; please check whether the funding ledger is missing entries</translation>
    </message>
    <message>
        <source>{period}没有开展活动的记录，请核对活动台账是否漏填</source>
        <extracomment>db/validation/check.py</extracomment>
        <translation>No activities recorded in {period}; please check whether the activities ledger is missing entries</translation>
    </message>
    <message>
        <source>{period}没有在任的党组织书记，请在社区工作者台账中核对职务和任职日期</source>
        <extracomment>db/validation/check.py</extracomment>
        <translation>No Party organization secretary in office in {period}; please check positions and appointment dates in the staff ledger</translation>
    </message>
    <message>
        <source>这是 15 位的旧身份证号，请填写现在使用的 18 位身份证号</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>This is an old 15-digit ID number; please enter the 18-character ID number in use now</translation>
    </message>
    <message>
        <source>身份证号只能由数字组成（最后一位可以是 X），请核对</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>An ID number has only digits (the last may be X); please check</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 {length} 位，请核对</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>An ID number has 18 characters; this one has {length}; please check</translation>
    </message>
    <message>
        <source>身份证号前两位“{region}”不是有效的省份代码，请核对</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>The first two digits of the ID number, “{region}”, are not a valid province code; please check</translation>
    </message>
    <message>
        <source>身份证号第 7 至 14 位的出生日期“{digits}”不存在，请核对</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>The date of birth in characters 7 to 14 of the ID number, “{digits}”, does not exist; please check</translation>
    </message>
    <message>
        <source>身份证号里的出生日期晚于今天，请核对第 7 至 14 位</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>The date of birth in the ID number is later than today; please check characters 7 to 14</translation>
    </message>
    <message>
        <source>身份证号里的出生日期早于 1900 年，请核对第 7 至 14 位</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>The date of birth in the ID number is before 1900; please check characters 7 to 14</translation>
    </message>
    <message>
        <source>身份证号校验位不对，请核对最后一位（也可能是前面某一位填错了）</source>
        <extracomment>db/validation/idcard.py</extracomment>
        <translation>The ID number’s check digit is wrong; please check the last character (or an earlier one may be mistyped)</translation>
    </message>
    <message>
        <source>{label}“{number}”没有区号，请加上区号，如 {example}</source>
        <extracomment>db/validation/phone.py</extracomment>
        <translation>{label}: “{number}” has no area code; please add it, e.g. {example}</translation>
    </message>
    <message>
        <source>{label}“{number}”里有不是数字的字符，请只填写号码，如 13812345678 或 0478-8123456</source>
        <extracomment>db/validation/phone.py</extracomment>
        <translation>{label}: “{number}” contains characters that are not digits; enter only the number, e.g. 13812345678 or 0478-8123456</translation>
    </message>
    <message>
        <source>{label}“{number}”是 {digits} 位，手机号应为 11 位，请核对</source>
        <extracomment>db/validation/phone.py</extracomment>
        <translation>{label}: “{number}” has {digits} digits; a mobile number has 11; please check</translation>
    </message>
    <message>
        <source>{label}“{number}”不是有效的手机号（第二位应为 3 至 9），请核对</source>
        <extracomment>db/validation/phone.py</extracomment>
        <translation>{label}: “{number}” is not a valid mobile number (the second digit should be 3 to 9); please check</translation>
    </message>
    <message>
        <source>{label}“{number}”格式不对：手机号应为 11 位，固定电话请写成 {area}-8123456 的样式</source>
        <extracomment>db/validation/phone.py</extracomment>
        <translation>{label}: “{number}” is not in a valid form: a mobile number has 11 digits; write a landline like {area}-8123456</translation>
    </message>
    <message>
        <source>“{name}”是{category}，可认领的岗位是{allowed}，“{post}”不在其中，请重新选择</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>“{name}” is in the category {category}, whose posts are {allowed}; “{post}” is not among them; please choose again</translation>
    </message>
    <message>
        <source>这条帮扶记录所属的结对帮扶不存在或已删除，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The pairing this visit belongs to does not exist or was deleted; please check</translation>
    </message>
    <message>
        <source>{start}至{end}</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>今</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>now</translation>
    </message>
    <message>
        <source>帮扶日期（{date}）不在结对期间（{span}）内，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The visit date ({date}) is outside the pairing period ({span}); please check</translation>
    </message>
    <message>
        <source>有 {count} 条帮扶记录早于{field}（如 {date}），请先核对帮扶记录或调整日期</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Visits before the {field}: {count} (e.g. {date}); check the visits or change the dates first</translation>
    </message>
    <message>
        <source>有 {count} 条帮扶记录晚于{field}（如 {date}），请先核对帮扶记录或调整日期</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Visits after the {field}: {count} (e.g. {date}); check the visits or change the dates first</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>{label}“{value}”不是有效的日期，请按 2026-03-05 的样式填写</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label}: “{value}” is not a valid date; please write it like 2026-03-05</translation>
    </message>
    <message>
        <source>{label}应为整数，现在是“{value}”</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} should be a whole number; it is “{value}”</translation>
    </message>
    <message>
        <source>{label}应为数字，现在是“{value}”</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} should be a number; it is “{value}”</translation>
    </message>
    <message>
        <source>统计用区划代码应为 12 位数字，现在是“{code}”，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The statistical division code should be 12 digits; it is “{code}”; please check</translation>
    </message>
    <message>
        <source>统计用区划代码“{code}”不是巴彦淖尔市（1508 开头）的代码，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The statistical division code “{code}” is not a Bayannur code (starting with 1508); please check</translation>
    </message>
    <message>
        <source>党组织书记应为中共党员，请核对政治面貌</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>A Party organization secretary should be a CPC member; please check the political status</translation>
    </message>
    <message>
        <source>书记主任“一肩挑”的人职务应为党组织书记或居委会主任，现在是“{position}”，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Someone who is both secretary and director should have the position Party organization secretary or residents’ committee director, not “{position}”; please check</translation>
    </message>
    <message>
        <source>入党日期是{date}，预备期一般为一年，请核对是否已转为正式党员</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Joined the Party on {date}; probation is usually one year: please check whether the member has become a full member</translation>
    </message>
    <message>
        <source>预算年度“{year}”不对，应在 {first} 年到 {last} 年之间</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The budget year “{year}” is wrong: it should be between {first} and {last}</translation>
    </message>
    <message>
        <source>预算年度（{year}年）与到账日期的年份（{received}年）不一致，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The budget year ({year}) differs from the year funds were received ({received}); please check</translation>
    </message>
    <message>
        <source>金额 {amount}超过 1000 万元，请核对是否多写了零</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The amount {amount} is more than 10 million yuan; please check for an extra zero</translation>
    </message>
    <message>
        <source>场所类型是{kind}，面积却计入{area_class}，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The facility type is {kind}, but its area counts as {area_class}; please check</translation>
    </message>
    <message>
        <source>帮扶人类别是{helper_kind}，请选择是哪一位{field}</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The helper is a {helper_kind}: please choose which one ({field})</translation>
    </message>
    <message>
        <source>帮扶人类别是{helper_kind}，不应再选择{field}，请清除</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The helper is a {helper_kind}: {field} should not be chosen as well; please clear it</translation>
    </message>
    <message>
        <source>时长不能为负数，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The duration cannot be negative; please check</translation>
    </message>
    <message>
        <source>一次帮扶的时长是 {hours} 小时，超过 24 小时，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>One visit lasting {hours} hours is more than 24 hours; please check</translation>
    </message>
    <message>
        <source>参加党员人数（{members}）多于参加人数（{people}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Party members attending ({members}) are more than all participants ({people}); please check</translation>
    </message>
    <message>
        <source>年度“{year}”不对，应在 {first} 年到 {last} 年之间</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The year “{year}” is wrong: it should be between {first} and {last}</translation>
    </message>
    <message>
        <source>标准值应为大于 0 的数字，现在是“{value}”</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The value should be a number greater than 0; it is “{value}”</translation>
    </message>
    <message>
        <source>标准值应为场所类型代码，用逗号分开；“{codes}”不是场所类型</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The value should be facility type codes separated by commas; “{codes}” is not a facility type</translation>
    </message>
    <message>
        <source>请选择{label}</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Please choose: {label}</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>Please fill in: {label}</translation>
    </message>
    <message>
        <source>出生日期（{entered}）与身份证号上的（{on_id}）不一致，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The date of birth ({entered}) differs from the one in the ID number ({on_id}); please check</translation>
    </message>
    <message>
        <source>性别（{entered}）与身份证号上的（{on_id}）不一致，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The gender ({entered}) differs from the one in the ID number ({on_id}); please check</translation>
    </message>
    <message>
        <source>{label}“{code}”不是可选的项目，请从列表中选择</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label}: “{code}” is not one of the choices; please choose from the list</translation>
    </message>
    <message>
        <source>{label}里的“{codes}”不是可选的项目，请从列表中选择</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label}: “{codes}” is not one of the choices; please choose from the list</translation>
    </message>
    <message>
        <source>出生日期晚于今天，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The date of birth is later than today; please check</translation>
    </message>
    <message>
        <source>出生日期早于 1900 年，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The date of birth is before 1900; please check</translation>
    </message>
    <message>
        <source>{end_label}（{end}）早于{start_label}（{start}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{end_label} ({end}) is before {start_label} ({start}); please check</translation>
    </message>
    <message>
        <source>{label}（{date}）早于出生日期（{birth}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} ({date}) is before the date of birth ({birth}); please check</translation>
    </message>
    <message>
        <source>入党日期（{date}）时还不满 18 周岁，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>On the date of joining the Party ({date}) the person was not yet 18; please check</translation>
    </message>
    <message>
        <source>{label}（{date}）晚于今天，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} ({date}) is later than today; please check</translation>
    </message>
    <message>
        <source>{label}不能为负数（现在是 {amount}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} cannot be negative (it is {amount}); please check</translation>
    </message>
    <message>
        <source>{label}应大于 0 元（现在是 {amount}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} should be more than 0 yuan (it is {amount}); please check</translation>
    </message>
    <message>
        <source>{label}应大于 0（现在是 {number}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} should be more than 0 (it is {number}); please check</translation>
    </message>
    <message>
        <source>{label}不能为负数（现在是 {count}），请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{label} cannot be negative (it is {count}); please check</translation>
    </message>
    <message>
        <source>{field}与{kind}“{title}”相同，可能重复录入了，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>{field} is the same as in {kind} “{title}”: it may have been entered twice; please check</translation>
    </message>
    <message>
        <source>认领岗位的党员不存在或已删除，请重新选择党员</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>The Party member who claimed the post does not exist or was deleted; please choose the member again</translation>
    </message>
    <message>
        <source>“{name}”是流动党员，一般不在社区认领岗位，请核对</source>
        <extracomment>db/validation/rules.py</extracomment>
        <translation>“{name}” is a mobile Party member and usually does not claim a post in the community; please check</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>desktop/common/i18n.py</extracomment>
        <translation>, </translation>
    </message>
</context>
</TS>
