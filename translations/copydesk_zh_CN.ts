<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Copydesk::Cli</name>
    <message>
        <source>Usage: copydesk-cli &lt;command&gt; [options]

Commands:
  import FILE|FOLDER...   import raw page text into the archive
  export                  export pages (--format json, -o PATH or -o - for stdout)
  pages                   list the pages in the archive
  review                  list and decide duplicate flags
  settings                show or change the desk settings kept in the archive

Run 'copydesk-cli &lt;command&gt; --help' for the options of a command.</source>
        <translation>用法：copydesk-cli &lt;命令&gt; [选项]

命令：
  import 文件|文件夹...   把版面原始文本导入档案
  export                  导出版面（--format json，-o 路径，或 -o - 输出到标准输出）
  pages                   列出档案中的版面
  review                  列出并处理重复段落标记
  settings                查看或修改档案中保存的编辑部设置

运行 'copydesk-cli &lt;命令&gt; --help' 查看该命令的选项。</translation>
    </message>
    <message>
        <source>The archive file (default: %1).</source>
        <translation>档案文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import raw page text files or folders of .txt files.</source>
        <translation>导入版面原始文本文件，或包含 .txt 文件的文件夹。</translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes (default 256).</source>
        <translation>拒绝大于此兆字节数的文件（默认 256）。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Record this name as the importer (default: the login name).</source>
        <translation>记录此姓名为导入人（默认：登录名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation>文件|文件夹...</translation>
    </message>
    <message>
        <source>import: name at least one file or folder</source>
        <translation>import：请至少指定一个文件或文件夹</translation>
    </message>
    <message>
        <source>import: --max-size takes a positive number of megabytes</source>
        <translation>import：--max-size 需要一个正的兆字节数</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Export pages from the archive.</source>
        <translation>从档案导出版面。</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>输出格式：json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Export only this page (default: all).</source>
        <translation>只导出此版面（默认：全部）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Write to PATH ('-' for standard output).</source>
        <translation>写入到路径（'-' 表示标准输出）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>export: unknown format '%1' (this build writes: json)</source>
        <translation>export：未知格式 '%1'（此版本可写：json）</translation>
    </message>
    <message>
        <source>export: name the output with -o PATH (or -o - for standard output)</source>
        <translation>export：请用 -o 路径 指定输出（或用 -o - 输出到标准输出）</translation>
    </message>
    <message>
        <source>export: --page takes a page number</source>
        <translation>export：--page 需要一个版面编号</translation>
    </message>
    <message>
        <source>export: page %1: %2</source>
        <translation>export：版面 %1：%2</translation>
    </message>
    <message>
        <source>List the pages in the archive, newest first.</source>
        <translation>列出档案中的版面，最新的在前。</translation>
    </message>
    <message numerus="yes">
        <source>page %1	%2	%3	%n story/stories</source>
        <translation><numerusform>版面 %1	%2	%3	%n 篇稿件</numerusform></translation>
    </message>
    <message>
        <source>List duplicate flags or decide one: accept removes the copy from its story, dismiss keeps both and never flags the pair again, swap makes the other paragraph the copy, reopen takes a decision back.</source>
        <translation>列出重复段落标记或处理其中一个：accept 从稿件中删除副本，dismiss 保留两段且不再标记这一对，swap 把另一段作为副本，reopen 撤回已作出的决定。</translation>
    </message>
    <message>
        <source>List duplicate flags (default: open ones).</source>
        <translation>列出重复段落标记（默认：未处理的）。</translation>
    </message>
    <message>
        <source>Only flags on this page.</source>
        <translation>只列出此版面的标记。</translation>
    </message>
    <message>
        <source>With --list: open, accepted, dismissed or all.</source>
        <translation>与 --list 一起使用：open（未处理）、accepted（已接受）、dismissed（已驳回）或 all（全部）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remove the copy of this flag.</source>
        <translation>删除此标记的副本。</translation>
    </message>
    <message>
        <source>FLAG_ID</source>
        <translation>标记编号</translation>
    </message>
    <message>
        <source>Keep both paragraphs of this flag.</source>
        <translation>保留此标记的两个段落。</translation>
    </message>
    <message>
        <source>Make the other paragraph the copy.</source>
        <translation>把另一段作为副本。</translation>
    </message>
    <message>
        <source>Take the decision on this flag back.</source>
        <translation>撤回对此标记的决定。</translation>
    </message>
    <message>
        <source>Record this name with the decision (default: the login name).</source>
        <translation>随决定记录此姓名（默认：登录名）。</translation>
    </message>
    <message>
        <source>review: give one decision at a time</source>
        <translation>review：一次只能作一个决定</translation>
    </message>
    <message>
        <source>review: --%1 takes a flag number</source>
        <translation>review：--%1 需要一个标记编号</translation>
    </message>
    <message>
        <source>review: flag %1: %2</source>
        <translation>review：标记 %1：%2</translation>
    </message>
    <message>
        <source>flag %1: %2</source>
        <translation>标记 %1：%2</translation>
    </message>
    <message>
        <source>review: --page takes a page number</source>
        <translation>review：--page 需要一个版面编号</translation>
    </message>
    <message>
        <source>page %1 story %2 paragraph %3</source>
        <translation>版面 %1 稿件 %2 第 %3 段</translation>
    </message>
    <message>
        <source>(original gone)</source>
        <translation>（原文已不存在）</translation>
    </message>
    <message>
        <source>page %1 story %2</source>
        <translation>版面 %1 稿件 %2</translation>
    </message>
    <message>
        <source>Show or change the desk settings kept in the archive: %1 (0-1), %2 (characters), %3 (hunspell language, e.g. en_US).</source>
        <translation>查看或修改档案中保存的编辑部设置：%1（0-1），%2（字符数），%3（hunspell 语言，例如 en_US）。</translation>
    </message>
    <message>
        <source>Set a value.</source>
        <translation>设置一个值。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>Go back to the default.</source>
        <translation>恢复默认值。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>settings: --set takes KEY=VALUE</source>
        <translation>settings：--set 需要 键=值</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>未知命令 '%1'。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive file.</source>
        <translation>%1 是文件夹，不是档案文件。</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>档案 %1 不存在。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read (permission denied).</source>
        <translation>无法读取档案 %1（权限不足）。</translation>
    </message>
    <message>
        <source>The archive %1 is read-only (no permission to write it); it can only be opened read-only.</source>
        <translation>档案 %1 是只读的（没有写入权限），只能以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk archive (it is not an SQLite database).</source>
        <translation>%1 不是编辑台档案（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>无法打开档案 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Copydesk archive: %2</source>
        <translation>%1 已损坏或不是编辑台档案：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Copydesk archive; it was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是编辑台档案；未对其作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Copydesk (archive version %2, this build reads up to %3). Please update Copydesk; the archive was left untouched.</source>
        <translation>%1 由更新版本的编辑台写入（档案版本 %2，此版本最高可读 %3）。请更新编辑台；档案未作任何改动。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to archive version %2, which cannot be done while it is opened read-only.</source>
        <translation>%1 需要升级到档案版本 %2，以只读方式打开时无法升级。</translation>
    </message>
    <message>
        <source>Cannot upgrade the archive %1: %2</source>
        <translation>无法升级档案 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade the archive %1 to version %2: %3</source>
        <translation>无法把档案 %1 升级到版本 %2：%3</translation>
    </message>
</context>
<context>
    <name>Copydesk::DuplicateStage</name>
    <message>
        <source>an exact copy</source>
        <translation>完全相同的副本</translation>
    </message>
    <message>
        <source>a near copy</source>
        <translation>近似副本</translation>
    </message>
    <message>
        <source>a truncated copy</source>
        <translation>截断的副本</translation>
    </message>
    <message>
        <source>This paragraph is %1 of paragraph %2 of the story “%3” on this page (similarity %4%).</source>
        <translation>本段是本版稿件“%3”第 %2 段的%1（相似度 %4%）。</translation>
    </message>
    <message>
        <source>This paragraph is %1 of paragraph %2 of the story “%3” on page %4 (similarity %5%).</source>
        <translation>本段是版面 %4 稿件“%3”第 %2 段的%1（相似度 %5%）。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::JsonExport</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>not a Copydesk export</source>
        <translation>不是编辑台的导出文件</translation>
    </message>
    <message>
        <source>export format version %1 is not supported</source>
        <translation>不支持导出格式版本 %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::FlagRepository</name>
    <message>
        <source>There is no flag %1.</source>
        <translation>没有标记 %1。</translation>
    </message>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案以只读方式打开。</translation>
    </message>
    <message>
        <source>Flag %1 was already decided (%2).</source>
        <translation>标记 %1 已处理过（%2）。</translation>
    </message>
    <message>
        <source>Flag %1 has no original to swap with.</source>
        <translation>标记 %1 没有可交换的原文。</translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportJob</name>
    <message>
        <source>Bytes that are invalid in the detected encoding were replaced by U+FFFD; the raw bytes are kept in the archive.</source>
        <translation>在检测到的编码中无效的字节已替换为 U+FFFD；原始字节保存在档案中。</translation>
    </message>
    <message>
        <source>%1: refused, %2</source>
        <translation>%1：已拒绝，%2</translation>
    </message>
    <message>
        <source>the text is too large</source>
        <translation>文本太大</translation>
    </message>
    <message>
        <source>the archive could not be read: %1</source>
        <translation>无法读取档案：%1</translation>
    </message>
    <message>
        <source>%1: already imported as page %2</source>
        <translation>%1：已作为版面 %2 导入</translation>
    </message>
    <message>
        <source>no paragraphs were found in it</source>
        <translation>其中没有找到段落</translation>
    </message>
    <message>
        <source>the duplicate check failed: %1</source>
        <translation>重复检查失败：%1</translation>
    </message>
    <message>
        <source>the archive could not store it: %1</source>
        <translation>档案无法保存它：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported as page %2 (%n story/stories, %3, %4)</source>
        <translation><numerusform>%1：已导入为版面 %2（%n 篇稿件，%3，%4）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation><numerusform>%n 个段落</numerusform></translation>
    </message>
    <message>
        <source>The archive is open read-only; nothing was imported.</source>
        <translation>档案以只读方式打开；没有导入任何内容。</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled)</source>
        <translation>%1：未导入（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte sequence(s) invalid in %2, replaced by U+FFFD</source>
        <translation><numerusform>%1：有 %n 个字节序列在 %2 中无效，已替换为 U+FFFD</numerusform></translation>
    </message>
</context>
<context>
    <name>Copydesk::Importing::InputFiles</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>%1: the folder holds no .txt files</source>
        <translation>%1：文件夹中没有 .txt 文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件太大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is too large (the limit is %1 MB)</source>
        <translation>文件太大（上限为 %1 MB）</translation>
    </message>
</context>
<context>
    <name>Copydesk::Importing::TextDecoder</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>ZIP archive (or an Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>program (ELF)</source>
        <translation>程序（ELF）</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>Office 97 document</source>
        <translation>Office 97 文档</translation>
    </message>
    <message>
        <source>RIFF media file</source>
        <translation>RIFF 媒体文件</translation>
    </message>
    <message>
        <source>the encoding %1 is not supported</source>
        <translation>不支持编码 %1</translation>
    </message>
    <message>
        <source>cannot decode the text as %1</source>
        <translation>无法按 %1 解码文本</translation>
    </message>
    <message>
        <source>it is a %1, not text</source>
        <translation>它是%1，不是文本</translation>
    </message>
    <message>
        <source>it contains binary data, not text</source>
        <translation>它包含二进制数据，不是文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <source>the text cannot be read in any known encoding (tried %1)</source>
        <translation>无法用任何已知编码读取该文本（已尝试 %1）</translation>
    </message>
</context>
<context>
    <name>Copydesk::Proofing::Proofreader</name>
    <message>
        <source>“%1” is not in the %2 dictionary.</source>
        <translation>“%1”不在 %2 词典中。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Proofing::StrayLatinCheck</name>
    <message>
        <source>The English word “%1” stands between Chinese words; delete it.</source>
        <translation>英文单词“%1”夹在中文词语之间；请删除。</translation>
    </message>
    <message>
        <source>The English word “%1” stands between Chinese words; write “%2”.</source>
        <translation>英文单词“%1”夹在中文词语之间；应写作“%2”。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Proofing::VariantCheck</name>
    <message>
        <source>OpenCC could not load its data from %1: %2</source>
        <translation>OpenCC 无法从 %1 加载数据：%2</translation>
    </message>
    <message>
        <source>“%1” is a traditional or variant form; the simplified form is one of: %2.</source>
        <translation>“%1”是繁体字或异体字；简化字为以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is a traditional or variant form of “%2”.</source>
        <translation>“%1”是“%2”的繁体字或异体字。</translation>
    </message>
</context>
</TS>