<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Copydesk::ArchiveCache</name>
    <message>
        <source>No archive is open.</source>
        <translation>没有打开档案。</translation>
    </message>
</context>
<context>
    <name>Copydesk::BrowsePanel</name>
    <message>
        <source>Search the text of every story</source>
        <translation>搜索每篇稿件的正文</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>全文搜索</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Stories found</source>
        <translation>找到的稿件</translation>
    </message>
    <message numerus="yes">
        <source>The first %n stories</source>
        <translation>
            <numerusform>前 %n 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败:%1</translation>
    </message>
</context>
<context>
    <name>Copydesk::CleanupView</name>
    <message>
        <source>&amp;Raw — the page as imported (normalised)</source>
        <translation>原文(&amp;R)——导入时的版面文本(已规范化)</translation>
    </message>
    <message>
        <source>Raw page text</source>
        <translation>版面原文</translation>
    </message>
    <message>
        <source>Shaded: this story&apos;s paragraphs (amber: the one at the cursor). Red: a join or jump. Grey, struck out: characters dropped at a join. Violet: the byline cut off. Hover a mark for the reason.</source>
        <translation>底色:本稿的段落(琥珀色:光标所在段落)。红色:拼接或转版接续。灰色删除线:拼接处删去的字符。紫色:截出的署名。鼠标悬停在标记上可查看原因。</translation>
    </message>
    <message>
        <source>C&amp;lean — the story&apos;s paragraphs</source>
        <translation>清理结果(&amp;L)——本稿的段落</translation>
    </message>
    <message>
        <source>Clean paragraphs</source>
        <translation>清理后的段落</translation>
    </message>
    <message>
        <source>&amp;Decisions cleanup made</source>
        <translation>清理所作的决定(&amp;D)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cleanup decisions</source>
        <translation>清理决定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop cleaning up the page again; the page stays as it was</source>
        <translation>停止重新清理本版;本版保持原样</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>&amp;Revert Join</source>
        <translation>撤销拼接(&amp;R)</translation>
    </message>
    <message>
        <source>Split the paragraph again where the selected join was made</source>
        <translation>在所选拼接处重新拆开段落</translation>
    </message>
    <message>
        <source>Re-&amp;apply Join</source>
        <translation>重新拼接(&amp;A)</translation>
    </message>
    <message>
        <source>Make the selected, reverted join again</source>
        <translation>重新执行所选的已撤销拼接</translation>
    </message>
    <message>
        <source>&amp;Split at Cursor</source>
        <translation>在光标处拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Split the paragraph in two at the cursor of the Clean side</source>
        <translation>在清理结果一侧的光标处把段落一分为二</translation>
    </message>
    <message>
        <source>&amp;Join with Next</source>
        <translation>与下一段合并(&amp;J)</translation>
    </message>
    <message>
        <source>Join the paragraph at the cursor with the one after it</source>
        <translation>把光标所在段落与下一段合并</translation>
    </message>
    <message>
        <source>&amp;Move to Story…</source>
        <translation>移到稿件(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the paragraph at the cursor to the end of another story of the page</source>
        <translation>把光标所在段落移到本版另一篇稿件的末尾</translation>
    </message>
    <message>
        <source>&amp;Clean Up Page Again</source>
        <translation>重新清理本版(&amp;C)</translation>
    </message>
    <message>
        <source>Run cleanup on the page again; stories someone edited stay as they are</source>
        <translation>重新对本版执行清理;已被编辑的稿件保持不变</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>稿件:%1</translation>
    </message>
    <message>
        <source>Select a story to see how cleanup made it.</source>
        <translation>选择一篇稿件,查看清理是如何得到它的。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>转版接续</translation>
    </message>
    <message>
        <source>Doubled character</source>
        <translation>重复字</translation>
    </message>
    <message>
        <source>Byline cut</source>
        <translation>截出署名</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Jump: the paragraph continues in text printed later on the page</source>
        <translation>转版接续:本段在版面后文继续</translation>
    </message>
    <message>
        <source>Join: the paragraph runs across a break</source>
        <translation>拼接:本段跨越了分栏断行</translation>
    </message>
    <message>
        <source>%1 (%2 %): %3</source>
        <translation>%1(%2 %):%3</translation>
    </message>
    <message>
        <source>Dropped here: %1</source>
        <translation>此处删去:%1</translation>
    </message>
    <message>
        <source>Byline cut: “%1” moved to the byline. %2</source>
        <translation>截出署名:“%1”移入署名。%2</translation>
    </message>
    <message>
        <source>The join could not be reverted: %1</source>
        <translation>无法撤销拼接:%1</translation>
    </message>
    <message>
        <source>The join could not be made again: %1</source>
        <translation>无法重新拼接:%1</translation>
    </message>
    <message>
        <source>The paragraph could not be split: %1</source>
        <translation>无法拆分段落:%1</translation>
    </message>
    <message>
        <source>The paragraphs could not be joined: %1</source>
        <translation>无法合并段落:%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>The paragraph could not be moved: %1</source>
        <translation>无法移动段落:%1</translation>
    </message>
    <message>
        <source>Cleaning up the page again…</source>
        <translation>正在重新清理本版…</translation>
    </message>
    <message>
        <source>Cleanup could not run again: %1</source>
        <translation>无法重新执行清理:%1</translation>
    </message>
    <message>
        <source>Cleanup was cancelled; the page is as it was.</source>
        <translation>已取消清理;本版保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up the page again: %n story(ies) kept as edited, %1 replaced, %2 new.</source>
        <translation>
            <numerusform>已重新清理本版:%n 篇稿件因已编辑而保留,替换 %1 篇,新增 %2 篇。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new story(ies) left out because an edited story holds their text.</source>
        <translation>
            <numerusform>%n 篇新稿件未加入,因为已编辑的稿件包含其文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>版面元素</translation>
    </message>
</context>
<context>
    <name>Copydesk::Cli</name>
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
        <source>PATH</source>
        <translation>路径</translation>
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
        <translation>
            <numerusform>版面 %1	%2	%3	%n 篇稿件</numerusform>
        </translation>
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
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Export pages or stories from the archive.</source>
        <translation>从档案导出版面或稿件。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>Export only this story.</source>
        <translation>只导出此稿件。</translation>
    </message>
    <message>
        <source>Write to PATH (&apos;-&apos; for standard output; a folder with --batch).</source>
        <translation>写入到路径（&apos;-&apos; 表示标准输出；与 --batch 一起使用时为文件夹）。</translation>
    </message>
    <message>
        <source>Write one file per story into the folder given with -o.</source>
        <translation>每篇稿件写成一个文件，放入 -o 指定的文件夹。</translation>
    </message>
    <message>
        <source>Page size for PDF: a3, a4 or tabloid.</source>
        <translation>PDF 页面尺寸：a3、a4 或 tabloid（小报）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Columns on a PDF page (1-6).</source>
        <translation>PDF 每页的栏数（1-6）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>export: this format needs fonts; run with --format given as a separate argument</source>
        <translation>export：此格式需要字体；请把 --format 作为单独的参数给出</translation>
    </message>
    <message>
        <source>export: there is no story %1</source>
        <translation>export：没有稿件 %1</translation>
    </message>
    <message>
        <source>Suggest districts and themes again for every story (or one page&apos;s). Tags an editor confirmed are never changed.</source>
        <translation>为每篇稿件（或某一版面的稿件）重新建议地区和主题。编辑已确认的标签绝不会被改动。</translation>
    </message>
    <message>
        <source>Only this page.</source>
        <translation>只处理此版面。</translation>
    </message>
    <message>
        <source>tag: --page takes a page number</source>
        <translation>tag：--page 需要一个版面编号</translation>
    </message>
    <message>
        <source>tag: page %1: %2</source>
        <translation>tag：版面 %1：%2</translation>
    </message>
    <message>
        <source>tag: story %1: %2</source>
        <translation>tag：稿件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories tagged</source>
        <translation>
            <numerusform>已为 %n 篇稿件加标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cleanup again on every page (or one page) from the text kept at import. Stories an editor or proofreader touched are left as they are.</source>
        <translation>根据导入时保存的文本,对所有版面(或指定版面)重新执行清理。编辑或校对人员改动过的稿件保持不变。</translation>
    </message>
    <message>
        <source>Name recorded with the new revisions (default: login name).</source>
        <translation>与新修订一同记录的名字(默认:登录名)。</translation>
    </message>
    <message>
        <source>reclean: --page takes a page number</source>
        <translation>reclean:--page 需要版面编号</translation>
    </message>
    <message>
        <source>reclean: %1</source>
        <translation>reclean:%1</translation>
    </message>
    <message>
        <source>Usage: copydesk-cli &lt;command&gt; [options]

Commands:
  import FILE|FOLDER...   import raw page text into the archive
  export                  export pages (--format pdf|html|odt|docx|txt|md|json|newsml, -o PATH or -o - for stdout)
  pages                   list the pages in the archive
  review                  list and decide flags (--accept-kind: all of a kind on a page)
  tag                     suggest districts and themes again (confirmed tags stay)
  themes                  list and edit the desk&apos;s themes (add, rename, merge, retire)
  reclean                 run cleanup again on stored pages (edited stories stay)
  settings                show or change the desk settings kept in the archive

Run &apos;copydesk-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>用法:copydesk-cli &lt;命令&gt; [选项]

命令:
  import 文件|文件夹...   把版面原始文本导入档案库
  export                  导出版面(--format pdf|html|odt|docx|txt|md|json|newsml,-o 路径,或 -o - 输出到标准输出)
  pages                   列出档案库中的版面
  review                  列出并处理标记(--accept-kind:接受某版某一类型的全部标记)
  tag                     重新建议地区和主题(已确认的标签不变)
  themes                  列出并编辑编辑部的主题(添加、改名、合并、停用)
  reclean                 对已存版面重新执行清理(已编辑的稿件不变)
  settings                查看或修改档案库中保存的编辑部设置

运行 &apos;copydesk-cli &lt;命令&gt; --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>List the desk&apos;s themes (IPTC Media Topics and the desk&apos;s sub-themes), or add, rename, merge or retire a sub-theme. Merging moves the stories&apos; tags.</source>
        <translation>列出编辑部的主题(IPTC 媒体主题及编辑部的子主题),或添加、改名、合并、停用子主题。合并时会移动稿件的标签。</translation>
    </message>
    <message>
        <source>list: show retired themes too.</source>
        <translation>list:同时显示已停用的主题。</translation>
    </message>
    <message>
        <source>add: the Media Topic (medtop:…).</source>
        <translation>add:所属媒体主题(medtop:…)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>add, rename: the Chinese name.</source>
        <translation>add、rename:中文名称。</translation>
    </message>
    <message>
        <source>add, rename: the English name.</source>
        <translation>add、rename:英文名称。</translation>
    </message>
    <message>
        <source>add, rename: keywords and phrases, separated by commas.</source>
        <translation>add、rename:关键词和短语,用逗号分隔。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Record this name with the change (default: the login name).</source>
        <translation>与此次修改一同记录的名字(默认:登录名)。</translation>
    </message>
    <message>
        <source>list (default), add, rename CODE, merge FROM INTO, retire CODE</source>
        <translation>list(默认)、add、rename 代码、merge 源 目标、retire 代码</translation>
    </message>
    <message>
        <source>[ACTION] [CODE...]</source>
        <translation>[操作] [代码...]</translation>
    </message>
    <message>
        <source>themes: use list, add --under CODE --name NAME, rename CODE --name NAME, merge FROM INTO or retire CODE</source>
        <translation>themes:请使用 list、add --under 代码 --name 名称、rename 代码 --name 名称、merge 源 目标 或 retire 代码</translation>
    </message>
    <message>
        <source>(merged into %1)</source>
        <translation>(已并入 %1)</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(已停用)</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>themes:%1</translation>
    </message>
    <message>
        <source>Accept every open flag of this kind on the page given with --page (punctuation, stray-latin, variant-character, errata, duplicate, ...): each flagged text takes its suggestion.</source>
        <translation>接受 --page 所指版面上这一类型的全部未处理标记(punctuation、stray-latin、variant-character、errata、duplicate 等):每处标记的文字都改为建议内容。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>review: --accept-kind needs --page with a page number</source>
        <translation>review:--accept-kind 需要用 --page 指定版面编号</translation>
    </message>
    <message>
        <source>review: page %1, %2: %3</source>
        <translation>review:第 %1 版,%2:%3</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n %2 flag(s) accepted</source>
        <translation>
            <numerusform>第 %1 版:已接受 %n 个 %2 标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n %2 flag(s) left open (the text changed since, or no suggestion)</source>
        <translation>
            <numerusform>第 %1 版:%n 个 %2 标记仍未处理(此后文字已改动,或没有建议)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::EditStoryFieldsCommand</name>
    <message>
        <source>Edit story fields</source>
        <translation>编辑稿件字段</translation>
    </message>
    <message>
        <source>Edit kicker</source>
        <translation>编辑眉题</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>编辑署名</translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>The archive is closed.</source>
        <translation>档案已关闭。</translation>
    </message>
    <message>
        <source>Story %1 is not in the archive.</source>
        <translation>档案中没有稿件 %1。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::JoinParagraphsCommand</name>
    <message>
        <source>Join paragraphs</source>
        <translation>合并段落</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::MoveParagraphCommand</name>
    <message>
        <source>Move paragraph</source>
        <translation>移动段落</translation>
    </message>
    <message>
        <source>Move paragraph to another story</source>
        <translation>把段落移到另一篇稿件</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::ParagraphCommand</name>
    <message>
        <source>The archive is closed.</source>
        <translation>档案库已关闭。</translation>
    </message>
    <message>
        <source>Story %1 is not in the archive.</source>
        <translation>档案库中没有稿件 %1。</translation>
    </message>
    <message>
        <source>The story has no paragraph %1 any more.</source>
        <translation>该稿件已没有第 %1 段。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::RevertJoinCommand</name>
    <message>
        <source>Revert join</source>
        <translation>撤销拼接</translation>
    </message>
    <message>
        <source>Re-apply join</source>
        <translation>重新拼接</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::ReviewDecisionCommand</name>
    <message>
        <source>Remove duplicate paragraph</source>
        <translation>删除重复段落</translation>
    </message>
    <message>
        <source>Keep both paragraphs</source>
        <translation>保留两个段落</translation>
    </message>
    <message>
        <source>Swap copy and original</source>
        <translation>交换副本与原文</translation>
    </message>
    <message>
        <source>Reopen duplicate flag</source>
        <translation>重新打开重复标记</translation>
    </message>
    <message>
        <source>The archive is closed.</source>
        <translation>档案已关闭。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::SplitParagraphCommand</name>
    <message>
        <source>Split paragraph</source>
        <translation>拆分段落</translation>
    </message>
</context>
<context>
    <name>Copydesk::Commands::StorySession</name>
    <message>
        <source>Recover autosaved text</source>
        <translation>恢复自动保存的文本</translation>
    </message>
    <message>
        <source>The archive is closed.</source>
        <translation>档案库已关闭。</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>把“%1”替换为“%2”</translation>
    </message>
    <message>
        <source>The text has changed; “%1” is no longer there.</source>
        <translation>文本已改动;“%1”已不在原处。</translation>
    </message>
    <message>
        <source>The corrections overlap.</source>
        <translation>这些更正相互重叠。</translation>
    </message>
    <message>
        <source>Revision %1 belongs to another story.</source>
        <translation>修订 %1 属于另一篇稿件。</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read.</source>
        <translation>无法读取修订 %1。</translation>
    </message>
    <message>
        <source>Restore revision of %1</source>
        <translation>恢复 %1 的修订</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>Copydesk::CorrectionRepository</name>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案库以只读方式打开。</translation>
    </message>
    <message>
        <source>Spelling flags are accepted one by one: the dictionary&apos;s first guess is no correction to apply unseen.</source>
        <translation>拼写标记需要逐个接受:词典的第一个建议不能不经查看就直接采用。</translation>
    </message>
    <message>
        <source>Decision %1 not found.</source>
        <translation>找不到决定 %1。</translation>
    </message>
    <message>
        <source>Decision %1 is no house-style normalisation.</source>
        <translation>决定 %1 不是体例规范化。</translation>
    </message>
    <message>
        <source>Decision %1 is applied already.</source>
        <translation>决定 %1 已经执行。</translation>
    </message>
    <message>
        <source>Decision %1 is reverted already.</source>
        <translation>决定 %1 已经撤销。</translation>
    </message>
    <message>
        <source>The text of decision %1 was edited since; it cannot be applied again.</source>
        <translation>决定 %1 所涉文字此后已被编辑,无法重新执行。</translation>
    </message>
    <message>
        <source>The text of decision %1 was edited since; it cannot be reverted.</source>
        <translation>决定 %1 所涉文字此后已被编辑,无法撤销。</translation>
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
    <name>Copydesk::DeskTagging</name>
    <message>
        <source>The archive&apos;s theme list is damaged: %1</source>
        <translation>档案库的主题表已损坏:%1</translation>
    </message>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案库以只读方式打开。</translation>
    </message>
    <message>
        <source>The district gazetteer is missing.</source>
        <translation>缺少行政区划地名库。</translation>
    </message>
</context>
<context>
    <name>Copydesk::DictionaryRepository</name>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案库以只读方式打开。</translation>
    </message>
    <message>
        <source>A dictionary word needs a language and a word.</source>
        <translation>词典条目需要语言和词语。</translation>
    </message>
    <message>
        <source>Page %1 not found.</source>
        <translation>找不到第 %1 版。</translation>
    </message>
    <message>
        <source>Story %1 not found.</source>
        <translation>找不到稿件 %1。</translation>
    </message>
</context>
<context>
    <name>Copydesk::DistrictPicker</name>
    <message>
        <source>Find a district: 杭州, 上城区, 330102…</source>
        <translation>查找地区:杭州、上城区、330102…</translation>
    </message>
    <message>
        <source>Find a district</source>
        <translation>查找地区</translation>
    </message>
    <message>
        <source>Matching districts</source>
        <translation>匹配的地区</translation>
    </message>
</context>
<context>
    <name>Copydesk::DistrictSearchModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1(代码 %2)</translation>
    </message>
</context>
<context>
    <name>Copydesk::DistrictTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
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
    <name>Copydesk::ErrataRepository</name>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案库以只读方式打开。</translation>
    </message>
    <message>
        <source>An erratum needs the wrong text.</source>
        <translation>勘误条目需要错误的文字。</translation>
    </message>
    <message>
        <source>“%1” would be corrected to itself.</source>
        <translation>“%1”会被改成它自己。</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>This story</source>
        <translation>此稿件</translation>
    </message>
    <message>
        <source>The selected page</source>
        <translation>所选版面</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>所有版面</translation>
    </message>
    <message>
        <source>Expo&amp;rt:</source>
        <translation>导出(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>PDF layout</source>
        <translation>PDF 版式</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>小报</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>栏数(&amp;C)：</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左边距</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上边距</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>右边距</translation>
    </message>
    <message>
        <source>Bottom margin (holds the footer)</source>
        <translation>下边距（放页脚）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Margins (left, top, right, bottom):</source>
        <translation>页边距（左、上、右、下）：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>One file per &amp;story (save to a folder)</source>
        <translation>每篇稿件一个文件（保存到文件夹）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Preview of the first PDF page</source>
        <translation>PDF 第一页预览</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>无法读取档案：%1</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>正在读取版面…</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>没有可预览的内容。</translation>
    </message>
    <message>
        <source>The preview shows the PDF layout.</source>
        <translation>预览显示的是 PDF 版式。</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>正在绘制预览…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Export One File per Story To</source>
        <translation>每篇稿件导出为一个文件，保存到</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Open Duplicates</source>
        <translation>未处理的重复段落</translation>
    </message>
    <message numerus="yes">
        <source>The selection still has %n duplicate paragraph(s) nobody has accepted or dismissed; they would be exported as they are.</source>
        <translation>
            <numerusform>所选内容中还有 %n 个重复段落无人接受或驳回；它们将按原样导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review First</source>
        <translation>先审核(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>仍然导出(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 个文件</translation>
    </message>
    <message>
        <source>Export cancelled: %1.</source>
        <translation>导出已取消：%1。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDialogModel</name>
    <message>
        <source>all-pages</source>
        <translation>所有版面</translation>
    </message>
    <message>
        <source>There is nothing to export: the selection has no stories.</source>
        <translation>没有可导出的内容：所选内容中没有稿件。</translation>
    </message>
    <message>
        <source>Layout: %1.</source>
        <translation>版式：%1。</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>One file per story needs a folder, not the file %1.</source>
        <translation>每篇稿件一个文件需要选择文件夹，而不是文件 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name, or one file per story.</source>
        <translation>%1 是文件夹：请选择一个文件名，或选择每篇稿件一个文件。</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportRunner</name>
    <message>
        <source>The export stopped without a result.</source>
        <translation>导出中止，没有结果。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::DocxExport</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>导出于 %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::ExportSelection</name>
    <message numerus="yes">
        <source>%n open duplicate(s) — review first</source>
        <translation>
            <numerusform>有 %n 处未处理的重复段落——请先审核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::Exporter</name>
    <message>
        <source>unknown format &apos;%1&apos; (choose from: %2)</source>
        <translation>未知格式 &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>PDF proof</source>
        <translation>PDF 校样</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本（ODT）</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word 文档（DOCX）</translation>
    </message>
    <message>
        <source>Plain text for the wire</source>
        <translation>供通稿使用的纯文本</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Copydesk JSON</source>
        <translation>编辑台 JSON</translation>
    </message>
    <message>
        <source>NewsML-G2 (IPTC)</source>
        <translation>NewsML-G2（IPTC）</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>export cancelled after %n file(s)</source>
        <translation>
            <numerusform>导出在写完 %n 个文件后取消</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::FontSetup</name>
    <message>
        <source>PDF export needs the font database of a QGuiApplication</source>
        <translation>PDF 导出需要 QGuiApplication 的字体数据库</translation>
    </message>
    <message>
        <source>no Chinese font that copies back exactly is installed: install fonts-arphic-uming (AR PL UMing) or fonts-wqy-zenhei (WenQuanYi Zen Hei)</source>
        <translation>没有安装能准确复制回原文的中文字体：请安装 fonts-arphic-uming（文鼎 PL 明体）或 fonts-wqy-zenhei（文泉驿正黑）</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::HtmlExport</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>导出于 %1</translation>
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
    <name>Copydesk::Exporting::LayoutOptions</name>
    <message>
        <source>the number of columns must be between 1 and 6, not %1</source>
        <translation>栏数必须在 1 到 6 之间，而不是 %1</translation>
    </message>
    <message>
        <source>margins must be between 5 and 60 mm</source>
        <translation>页边距必须在 5 到 60 毫米之间</translation>
    </message>
    <message>
        <source>the bottom margin must be at least 10 mm to hold the footer</source>
        <translation>下边距至少要 10 毫米才能放下页脚</translation>
    </message>
    <message>
        <source>the gap between columns must be between 1 and 20 mm</source>
        <translation>栏间距必须在 1 到 20 毫米之间</translation>
    </message>
    <message>
        <source>the body text size must be between 5 and 24 points</source>
        <translation>正文字号必须在 5 到 24 磅之间</translation>
    </message>
    <message>
        <source>the headline size must be between 8 and 96 points</source>
        <translation>标题字号必须在 8 到 96 磅之间</translation>
    </message>
    <message>
        <source>unknown paper size &apos;%1&apos; (a3, a4 or tabloid)</source>
        <translation>未知纸张尺寸 &apos;%1&apos;（a3、a4 或 tabloid）</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::OdtExport</name>
    <message>
        <source>ODT export needs the font database of a QGuiApplication</source>
        <translation>ODT 导出需要 QGuiApplication 的字体数据库</translation>
    </message>
    <message>
        <source>the ODT writer failed</source>
        <translation>ODT 写入失败</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::PdfExport</name>
    <message>
        <source>the selection has no stories to export</source>
        <translation>所选内容中没有可导出的稿件</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF 写入器无法启动</translation>
    </message>
    <message>
        <source>the PDF writer could not add page %1</source>
        <translation>PDF 写入器无法添加第 %1 页</translation>
    </message>
    <message>
        <source>the PDF writer could not finish the file</source>
        <translation>PDF 写入器无法完成文件</translation>
    </message>
    <message>
        <source>the preview resolution must be between 10 and 1200 dpi</source>
        <translation>预览分辨率必须在 10 到 1200 dpi 之间</translation>
    </message>
    <message>
        <source>the proof has no page %1</source>
        <translation>校样没有第 %1 页</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::ProofLayout</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>导出于 %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::ZipPackage</name>
    <message>
        <source>cannot create the zip package: %1</source>
        <translation>无法创建 zip 包：%1</translation>
    </message>
    <message>
        <source>cannot write %1 into the zip package: %2</source>
        <translation>无法把 %1 写入 zip 包：%2</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>该文件包</translation>
    </message>
    <message>
        <source>cannot read the zip package back from memory</source>
        <translation>无法从内存读回 zip 包</translation>
    </message>
    <message>
        <source>not a zip package: %1</source>
        <translation>不是 zip 包：%1</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: damaged entry</source>
        <translation>%1：条目已损坏</translation>
    </message>
</context>
<context>
    <name>Copydesk::FlagLabels</name>
    <message>
        <source>Duplicate paragraph</source>
        <translation>重复段落</translation>
    </message>
    <message>
        <source>Doubled character</source>
        <translation>重复字</translation>
    </message>
    <message>
        <source>Stray Latin text</source>
        <translation>夹杂的英文</translation>
    </message>
    <message>
        <source>Variant character</source>
        <translation>异体字</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <source>Joined line</source>
        <translation>接行</translation>
    </message>
    <message>
        <source>Encoding problem</source>
        <translation>编码问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1
Suggestion: %2</source>
        <translation>%1
建议：%2</translation>
    </message>
</context>
<context>
    <name>Copydesk::FlagListModel</name>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>
            <numerusform>%1：已导入为版面 %2（%n 篇稿件，%3，%4）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
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
        <translation>
            <numerusform>%1：有 %n 个字节序列在 %2 中无效，已替换为 U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportRunner</name>
    <message>
        <source>The import stopped without a result.</source>
        <translation>导入中止，没有结果。</translation>
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
    <name>Copydesk::Main</name>
    <message>
        <source>Copydesk: clean the raw text of newspaper pages into stories.</source>
        <translation>编辑台：把报纸版面的原始文本整理成稿件。</translation>
    </message>
    <message>
        <source>Open this archive file.</source>
        <translation>打开此档案文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open the archive read-only: no imports, no edits.</source>
        <translation>以只读方式打开档案：不能导入，也不能编辑。</translation>
    </message>
    <message>
        <source>Save a picture of the window once the files named on the command line are imported (showing the story with the most open flags), then quit.</source>
        <translation>在命令行指定的文件导入完成后保存窗口截图（显示未处理标记最多的稿件），然后退出。</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Raw page text files or folders to import.</source>
        <translation>要导入的版面原始文本文件或文件夹。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[文件...]</translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message>
        <source>Copydesk archives (*.sqlite *.db);;All files (*)</source>
        <translation>编辑台档案 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>版面 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>打开档案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import raw page text files into the archive</source>
        <translation>把版面原始文本文件导入档案</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every .txt file of a folder</source>
        <translation>导入文件夹中的所有 .txt 文件</translation>
    </message>
    <message>
        <source>&amp;Export Page as JSON…</source>
        <translation>把版面导出为 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected page as JSON</source>
        <translation>把所选版面导出为 JSON</translation>
    </message>
    <message>
        <source>Export &amp;All Pages as JSON…</source>
        <translation>把所有版面导出为 JSON(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste as New Page</source>
        <translation>粘贴为新版面(&amp;P)</translation>
    </message>
    <message>
        <source>Import the text on the clipboard as a new page</source>
        <translation>把剪贴板中的文本导入为新版面</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>关于编辑台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the import after the current file</source>
        <translation>处理完当前文件后停止导入</translation>
    </message>
    <message>
        <source>%1 — no archive open</source>
        <translation>%1 — 没有打开档案</translation>
    </message>
    <message>
        <source>%1 (read-only) — %2</source>
        <translation>%1（只读）— %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This archive is open read-only: you cannot write to %1, so importing and editing are switched off.</source>
        <translation>此档案以只读方式打开：您不能写入 %1，因此导入和编辑功能已关闭。</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>没有打开档案</translation>
    </message>
    <message>
        <source>Pages: %1 · Stories: %2 · Paragraphs: %3 · Open flags: %4</source>
        <translation>版面：%1 · 稿件：%2 · 段落：%3 · 未处理标记：%4</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>没有最近打开的档案</translation>
    </message>
    <message>
        <source>Clear Recent Archives</source>
        <translation>清除最近打开的档案</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Please wait for the import to finish (or cancel it) before opening another archive.</source>
        <translation>请等导入完成（或取消导入）后再打开其他档案。</translation>
    </message>
    <message>
        <source>Cannot Open Archive</source>
        <translation>无法打开档案</translation>
    </message>
    <message>
        <source>Copydesk cannot open the archive %1.

%2

Nothing was changed.</source>
        <translation>编辑台无法打开档案 %1。

%2

没有作任何改动。</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>已以只读方式打开 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New Archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Archive Exists</source>
        <translation>档案已存在</translation>
    </message>
    <message>
        <source>%1 already exists. Copydesk never replaces a file with a new archive; use File &gt; Open Archive to open it, or choose another name.</source>
        <translation>%1 已存在。编辑台绝不会用新档案替换已有文件；请用“文件 &gt; 打开档案”打开它，或选择其他名称。</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>The change could not be saved in the archive.

%1</source>
        <translation>无法把修改保存到档案中。

%1</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>This archive is open read-only.</source>
        <translation>此档案以只读方式打开。</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>请先打开一个档案。</translation>
    </message>
    <message>
        <source>Another import is running; please wait for it to finish.</source>
        <translation>另一个导入正在进行；请等它完成。</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>没有导入任何内容：
%1</translation>
    </message>
    <message>
        <source>Nothing to Paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) imported</source>
        <translation>
            <numerusform>导入已取消；已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more (see details)</source>
        <translation>
            <numerusform>
……还有 %n 条（见详细信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. Please check:</source>
        <translation>
            <numerusform>已导入 %n 个文件。请检查：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Pages as JSON</source>
        <translation>把所有版面导出为 JSON</translation>
    </message>
    <message>
        <source>Export Page as JSON</source>
        <translation>把版面导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>导出到 %1 失败：%2</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>关于编辑台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A copy desk for newsroom editors: import the raw text of newspaper pages, clean it into stories and keep every page, with its original bytes, in a local archive.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;编辑台 %1&lt;/h3&gt;&lt;p&gt;为新闻编辑准备的编辑台：导入报纸版面的原始文本，整理成稿件，并把每个版面连同其原始字节保存在本地档案中。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export stories as PDF, HTML, ODT, DOCX, text and more</source>
        <translation>把稿件导出为 PDF、HTML、ODT、DOCX、文本等格式</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>稿件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Duplicates Review</source>
        <translation>重复段落审核(&amp;D)</translation>
    </message>
    <message>
        <source>Review the duplicate paragraphs of the archive</source>
        <translation>审核档案中的重复段落</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复段落</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复段落（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate paragraph(s) in the archive</source>
        <translation>
            <numerusform>档案中有 %n 个未处理的重复段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Raw | Clean</source>
        <translation>原文 | 清理结果</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>主题(&amp;T)…</translation>
    </message>
    <message>
        <source>The desk&apos;s themes: add, rename, merge and retire sub-themes</source>
        <translation>编辑部的主题:添加、改名、合并和停用子主题</translation>
    </message>
    <message numerus="yes">
        <source>Recovered autosaved text of %n story(ies) that had not been stored; the first is open in the editor.</source>
        <translation>
            <numerusform>恢复了 %n 篇稿件尚未保存的自动保存文本;第一篇已在编辑器中打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply &amp;House Style to Story</source>
        <translation>对稿件应用本社体例(&amp;H)</translation>
    </message>
    <message>
        <source>Normalise punctuation, quotes, dashes and spacing of the story to the desk&apos;s house style (one undoable step)</source>
        <translation>按本编辑部的体例规范本稿的标点、引号、破折号和空格(一步,可撤销)</translation>
    </message>
    <message numerus="yes">
        <source>House style: %n change(s) made</source>
        <translation>
            <numerusform>体例:作了 %n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>House style not applied: %1</source>
        <translation>未应用体例:%1</translation>
    </message>
    <message>
        <source>&amp;Spelling Language of Story</source>
        <translation>稿件的拼写检查语言(&amp;S)</translation>
    </message>
    <message>
        <source>As the Page or Desk Says</source>
        <translation>按版面或编辑部设置</translation>
    </message>
</context>
<context>
    <name>Copydesk::PageListModel</name>
    <message numerus="yes">
        <source>Page %1: %2
Imported %3 by %4
Encoding %5, %n byte(s)
SHA-256 %6</source>
        <translation>
            <numerusform>版面 %1：%2
由 %4 于 %3 导入
编码 %5，%n 字节
SHA-256 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>Copydesk::ParagraphRepository</name>
    <message>
        <source>Paragraph %1 is not in the archive.</source>
        <translation>档案库中没有段落 %1。</translation>
    </message>
    <message>
        <source>Paragraph %1 cannot be split at character %2.</source>
        <translation>段落 %1 无法在第 %2 个字符处拆分。</translation>
    </message>
    <message>
        <source>Paragraph %1 is the last of its story; there is nothing to join it with.</source>
        <translation>段落 %1 是本稿最后一段,没有可合并的下一段。</translation>
    </message>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案库以只读方式打开。</translation>
    </message>
    <message>
        <source>Decision %1 is not in the archive.</source>
        <translation>档案库中没有决定 %1。</translation>
    </message>
    <message>
        <source>Decision %1 is not a join.</source>
        <translation>决定 %1 不是拼接。</translation>
    </message>
    <message>
        <source>Decision %1 is reverted already.</source>
        <translation>决定 %1 已经撤销。</translation>
    </message>
    <message>
        <source>The text around this join was edited since; split the paragraph by hand.</source>
        <translation>此拼接前后的文字此后已被编辑;请手动拆分段落。</translation>
    </message>
    <message>
        <source>Decision %1 is not reverted.</source>
        <translation>决定 %1 没有被撤销。</translation>
    </message>
    <message>
        <source>The two paragraphs of this join are no longer next to each other.</source>
        <translation>此拼接的两个段落已不再相邻。</translation>
    </message>
</context>
<context>
    <name>Copydesk::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Replace the flagged text with the suggestion</source>
        <translation>用建议替换所标记的文字</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Stop flagging this text for the rest of the session</source>
        <translation>本次会话中不再标记这段文字</translation>
    </message>
    <message>
        <source>Accept All of This &amp;Kind on the Page</source>
        <translation>接受本版这一类型的全部问题(&amp;K)</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>Flagged on import; Accept confirms it, Ignore dismisses it</source>
        <translation>导入时标记;“接受”确认修改,“忽略”不予处理</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Show problems of</source>
        <translation>显示问题范围</translation>
    </message>
    <message>
        <source>This story</source>
        <translation>本篇稿件</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>本版</translation>
    </message>
</context>
<context>
    <name>Copydesk::Proofing::ErrataCheck</name>
    <message>
        <source>The desk&apos;s errata table says: write “%1” for “%2”.</source>
        <translation>编辑部勘误表:应把“%2”写作“%1”。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Proofing::HouseStyle</name>
    <message>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>Web copy</source>
        <translation>网络稿</translation>
    </message>
    <message>
        <source>No spaces around Chinese punctuation (GB/T 15834-2011).</source>
        <translation>中文标点前后不加空格(GB/T 15834-2011)。</translation>
    </message>
    <message>
        <source>Chinese text takes full-width punctuation “%1” (GB/T 15834-2011).</source>
        <translation>中文文本使用全角标点“%1”(GB/T 15834-2011)。</translation>
    </message>
    <message>
        <source>Chinese text takes the quotation marks “” and ‘’.</source>
        <translation>中文文本使用引号“”和‘’。</translation>
    </message>
    <message>
        <source>The house style writes “” and ‘’ for 「」 and 『』.</source>
        <translation>本社体例把「」和『』写作“”和‘’。</translation>
    </message>
    <message>
        <source>The ellipsis is written “……” (GB/T 15834-2011).</source>
        <translation>省略号写作“……”(GB/T 15834-2011)。</translation>
    </message>
    <message>
        <source>The dash is written “——” (GB/T 15834-2011).</source>
        <translation>破折号写作“——”(GB/T 15834-2011)。</translation>
    </message>
    <message>
        <source>No space between Chinese and Latin letters or digits (house style).</source>
        <translation>中文与拉丁字母或数字之间不加空格(本社体例)。</translation>
    </message>
    <message>
        <source>One space between Chinese and Latin letters or digits (house style).</source>
        <translation>中文与拉丁字母或数字之间加一个空格(本社体例)。</translation>
    </message>
    <message>
        <source>Doubled spaces collapsed to one.</source>
        <translation>连续空格合并为一个。</translation>
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
<context>
    <name>Copydesk::RecleanJob</name>
    <message>
        <source>The archive is open read-only; nothing was changed.</source>
        <translation>档案库以只读方式打开;未作任何改动。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 版:%2</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n new story/stories</source>
        <translation>
            <numerusform>第 %1 版:新增 %n 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories kept as edited</source>
        <translation>
            <numerusform>%n 篇稿件因已编辑而保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::RecleanRunner</name>
    <message>
        <source>Cleanup stopped without a result.</source>
        <translation>清理中止,没有结果。</translation>
    </message>
</context>
<context>
    <name>Copydesk::ReviewPanel</name>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Duplicate paragraphs</source>
        <translation>重复段落</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Remove Copy</source>
        <translation>删除副本(&amp;R)</translation>
    </message>
    <message>
        <source>Take the copy out of its story; undo brings it back</source>
        <translation>把副本从稿件中移除；撤销可恢复</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>两段都保留(&amp;K)</translation>
    </message>
    <message>
        <source>Not a duplicate: keep both and never flag this pair again</source>
        <translation>不是重复：两段都保留，且不再标记这一对</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>交换(&amp;S)</translation>
    </message>
    <message>
        <source>The other paragraph is the copy</source>
        <translation>另一段才是副本</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Previous duplicate</source>
        <translation>上一个重复段落</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Next duplicate</source>
        <translation>下一个重复段落</translation>
    </message>
    <message>
        <source>Show in &amp;Story</source>
        <translation>在稿件中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Open the copy&apos;s story in the Stories tab</source>
        <translation>在“稿件”标签页中打开副本所在的稿件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Copy removed</source>
        <translation>副本已删除</translation>
    </message>
    <message>
        <source>Both kept</source>
        <translation>两段都保留</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Imported from</source>
        <translation>导入时间从(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>版面(&amp;A)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:%1;&quot;&gt;&amp;nbsp;only in the copy&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&quot;background-color:%2;&quot;&gt;&amp;nbsp;only in the original&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background-color:%1;&quot;&gt;&amp;nbsp;仅在副本中&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&quot;background-color:%2;&quot;&gt;&amp;nbsp;仅在原文中&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>所有版面</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reviewed</source>
        <translation>
            <numerusform>已审核 %1 / %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates match the filters.</source>
        <translation>没有符合筛选条件的重复段落。</translation>
    </message>
    <message>
        <source>No duplicates to review.</source>
        <translation>没有需要审核的重复段落。</translation>
    </message>
    <message>
        <source>Select a duplicate to review.</source>
        <translation>选择一个重复段落进行审核。</translation>
    </message>
    <message>
        <source>%1 duplicate, %2% similar</source>
        <translation>%1重复，相似度 %2%</translation>
    </message>
    <message>
        <source>Copy, in %1 (page %2)</source>
        <translation>副本，在%1（版面 %2）</translation>
    </message>
    <message>
        <source>Original, in %1 (page %2)</source>
        <translation>原文，在%1（版面 %2）</translation>
    </message>
    <message>
        <source>Original: no longer in the archive</source>
        <translation>原文：已不在档案中</translation>
    </message>
    <message>
        <source>%1 removed the copy from its story on %2.</source>
        <translation>%1 于 %2 从稿件中删除了副本。</translation>
    </message>
    <message>
        <source>%1 kept both paragraphs on %2.</source>
        <translation>%1 于 %2 保留了两个段落。</translation>
    </message>
    <message>
        <source>A: remove the copy · K: keep both · S: swap · N/P: next/previous · Ctrl+Z: undo</source>
        <translation>A：删除副本 · K：两段都保留 · S：交换 · N/P：下一个/上一个 · Ctrl+Z：撤销</translation>
    </message>
</context>
<context>
    <name>Copydesk::ReviewQueueModel</name>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Copy removed</source>
        <translation>副本已删除</translation>
    </message>
    <message>
        <source>Both kept</source>
        <translation>两段都保留</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>similarity in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>由 %1 于 %2 决定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>In story</source>
        <translation>所在稿件</translation>
    </message>
    <message>
        <source>Original in</source>
        <translation>原文所在</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
</context>
<context>
    <name>Copydesk::RevisionsDialog</name>
    <message>
        <source>Revisions of Story %1</source>
        <translation>稿件 %1 的修订</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>恢复此修订(&amp;R)</translation>
    </message>
    <message>
        <source>Make this text current again; the change is a new revision and can be undone</source>
        <translation>把这段文本恢复为当前文本;此修改作为新修订保存,可以撤销</translation>
    </message>
    <message>
        <source>The revisions cannot be read: %1</source>
        <translation>无法读取修订:%1</translation>
    </message>
    <message>
        <source>This revision cannot be read.</source>
        <translation>无法读取此修订。</translation>
    </message>
</context>
<context>
    <name>Copydesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Largest file to import:</source>
        <translation>可导入的最大文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation>个人偏好</translation>
    </message>
    <message>
        <source>Recorded with every change and review decision you make.</source>
        <translation>您的每次修改和审核决定都会记录此姓名。</translation>
    </message>
    <message>
        <source>Desk settings, shared by everyone using this archive</source>
        <translation>编辑部设置，由使用此档案的所有人共享</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Near-duplicate &amp;threshold:</source>
        <translation>近似重复阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>Paragraphs at least this similar (0–1, default %1) are flagged as near copies.</source>
        <translation>相似度不低于此值的段落（0–1，默认 %1）会被标记为近似副本。</translation>
    </message>
    <message>
        <source>&amp;Boilerplate length:</source>
        <translation>套话长度(&amp;B)：</translation>
    </message>
    <message>
        <source>Shorter paragraphs (a lone byline, a slogan) are never flagged as duplicates (default %1).</source>
        <translation>短于此长度的段落（单独的署名、口号）绝不会被标记为重复（默认 %1）。</translation>
    </message>
    <message>
        <source>&amp;Spelling language:</source>
        <translation>拼写检查语言(&amp;S)：</translation>
    </message>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案以只读方式打开。</translation>
    </message>
    <message>
        <source>Open an archive to change its desk settings.</source>
        <translation>打开档案后才能修改其编辑部设置。</translation>
    </message>
    <message>
        <source>Used for pages imported from now on.</source>
        <translation>用于此后导入的版面。</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The desk settings could not be saved in the archive.

%1</source>
        <translation>无法把编辑部设置保存到档案中。

%1</translation>
    </message>
    <message>
        <source>House style of this desk</source>
        <translation>本编辑部的体例</translation>
    </message>
    <message>
        <source>None: no house style</source>
        <translation>无:不使用体例</translation>
    </message>
    <message>
        <source>One profile per publication. Pick one or type a new name; the profile chosen here is the desk&apos;s.</source>
        <translation>每个出版物一个体例方案。选择一个或输入新名称;此处所选方案即为本编辑部的体例。</translation>
    </message>
    <message>
        <source>&amp;Full-width ，。：；？！（） in Chinese text (GB/T 15834-2011; never in numbers or codes)</source>
        <translation>中文文本使用全角，。：；？！（）(&amp;F)(GB/T 15834-2011;数字和代码中除外)</translation>
    </message>
    <message>
        <source>&amp;Ellipsis …… and dash —— (from ..., ---, ……… and the like)</source>
        <translation>省略号……和破折号——(&amp;E)(由 ...、---、……… 等转换)</translation>
    </message>
    <message>
        <source>&amp;Quotation marks “” and ‘’ in Chinese text</source>
        <translation>中文文本使用引号“”和‘’(&amp;Q)</translation>
    </message>
    <message>
        <source>Write 「」 and 『』 as “” and ‘’</source>
        <translation>把「」和『』写作“”和‘’</translation>
    </message>
    <message>
        <source>Collapse &amp;doubled spaces</source>
        <translation>合并连续空格(&amp;D)</translation>
    </message>
    <message>
        <source>Apply to every &amp;imported page (each change is recorded and can be reverted)</source>
        <translation>应用于每个导入的版面(&amp;I)(每处修改都有记录,可以撤销)</translation>
    </message>
    <message>
        <source>No space (newspaper)</source>
        <translation>不加空格(报纸)</translation>
    </message>
    <message>
        <source>One space (web copy)</source>
        <translation>加一个空格(网络稿)</translation>
    </message>
    <message>
        <source>Leave as typed</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>&amp;Newspaper Defaults</source>
        <translation>报纸默认设置(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Web Copy Defaults</source>
        <translation>网络稿默认设置(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>方案(&amp;P):</translation>
    </message>
    <message>
        <source>Between Chinese and &amp;Latin or digits:</source>
        <translation>中文与拉丁字母或数字之间(&amp;L):</translation>
    </message>
    <message>
        <source>The proofreader flags what the profile asks for; the editor applies it on demand.</source>
        <translation>校对会标出方案要求修改之处;编辑器按需应用。</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryListModel</name>
    <message>
        <source>No headline; starts: %1</source>
        <translation>无标题；开头：%1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryPanel</name>
    <message>
        <source>No kicker</source>
        <translation>无眉题</translation>
    </message>
    <message>
        <source>No headline</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>No byline</source>
        <translation>无署名</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>眉题(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>标题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <source>Story %1 of page %2: %n paragraph(s)</source>
        <translation>
            <numerusform>版面 %2 的第 %1 篇稿件：%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>修订(&amp;V)…</translation>
    </message>
    <message>
        <source>Every stored version of this story; restore any of them</source>
        <translation>本稿件保存过的每个版本;可恢复其中任何一个</translation>
    </message>
    <message>
        <source>&amp;Discard Recovered Text</source>
        <translation>放弃恢复的文本(&amp;D)</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>稿件正文</translation>
    </message>
    <message>
        <source>Select a story to edit it here.</source>
        <translation>选择一篇稿件,在这里编辑。</translation>
    </message>
    <message>
        <source>Recovered text autosaved at %1 that had not been stored (Copydesk did not close normally). It is stored when you leave the story; Undo brings back the text stored before.</source>
        <translation>恢复了 %1 自动保存但尚未存入的文本(Copydesk 未正常关闭)。离开该稿件时会存入;“撤销”可找回此前存入的文本。</translation>
    </message>
    <message>
        <source>Accept all: %1</source>
        <translation>全部接受:%1</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>替换为“%1”</translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation>(没有建议)</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>把“%1”加入词典(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>忽略“%1”(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” is accepted for now but could not be stored: %2</source>
        <translation>“%1”暂时接受,但无法保存:%2</translation>
    </message>
    <message>
        <source>Always Replace “%1” with “%2”</source>
        <translation>总是把“%1”替换为“%2”</translation>
    </message>
    <message>
        <source>Correct it here and add it to the desk&apos;s errata table</source>
        <translation>在此处更正,并加入编辑部勘误表</translation>
    </message>
    <message>
        <source>No story is open for editing.</source>
        <translation>没有打开可编辑的稿件。</translation>
    </message>
    <message>
        <source>Apply house style</source>
        <translation>应用本社体例</translation>
    </message>
</context>
<context>
    <name>Copydesk::StorySearchModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
</context>
<context>
    <name>Copydesk::StyleProfileRepository</name>
    <message>
        <source>The archive is open read-only.</source>
        <translation>档案库以只读方式打开。</translation>
    </message>
    <message>
        <source>A house-style profile needs a name.</source>
        <translation>体例方案需要名称。</translation>
    </message>
    <message>
        <source>There is no house-style profile “%1”.</source>
        <translation>没有名为“%1”的体例方案。</translation>
    </message>
    <message>
        <source>Page %1 not found.</source>
        <translation>找不到第 %1 版。</translation>
    </message>
</context>
<context>
    <name>Copydesk::TagCache</name>
    <message>
        <source>No archive is open.</source>
        <translation>没有打开的档案库。</translation>
    </message>
    <message>
        <source>The story&apos;s tags cannot be read.</source>
        <translation>无法读取稿件的标签。</translation>
    </message>
</context>
<context>
    <name>Copydesk::TagPanel</name>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Confirm &amp;Suggestion</source>
        <translation>确认建议(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm &amp;Picked District</source>
        <translation>确认所选地区(&amp;P)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Themes of the story</source>
        <translation>稿件的主题</translation>
    </message>
    <message>
        <source>Confirm &amp;Checked Themes</source>
        <translation>确认勾选的主题(&amp;C)</translation>
    </message>
    <message>
        <source>The checked themes become the story&apos;s confirmed themes, in list order (the first Media Topic is the primary)</source>
        <translation>勾选的主题按列表顺序成为稿件已确认的主题(第一个媒体主题为首要主题)</translation>
    </message>
    <message>
        <source>Suggest &amp;Again</source>
        <translation>重新建议(&amp;A)</translation>
    </message>
    <message>
        <source>Suggest district and themes again from the current text; confirmed tags stay</source>
        <translation>根据当前文本重新建议地区和主题;已确认的标签不变</translation>
    </message>
    <message>
        <source>No story selected</source>
        <translation>未选择稿件</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已确认:%1</translation>
    </message>
    <message>
        <source>Confirmed: none yet</source>
        <translation>已确认:暂无</translation>
    </message>
    <message>
        <source>Suggested: none</source>
        <translation>建议:无</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议:%1</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>建议:%1(%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>首要</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>primary, score %1</source>
        <translation>首要,得分 %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>其他主题</translation>
    </message>
    <message>
        <source>chosen by an editor</source>
        <translation>由编辑选定</translation>
    </message>
</context>
<context>
    <name>Copydesk::Tagging::Taxonomy</name>
    <message>
        <source>The theme list is not valid JSON: %1</source>
        <translation>主题列表不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The theme list has an unknown format.</source>
        <translation>主题列表的格式未知。</translation>
    </message>
    <message>
        <source>The theme list has a missing or repeated code: %1</source>
        <translation>主题列表中有缺失或重复的代码：%1</translation>
    </message>
    <message>
        <source>Theme %1: only IPTC Media Topics stand at the top.</source>
        <translation>主题 %1：只有 IPTC 媒体主题可以位于顶层。</translation>
    </message>
    <message>
        <source>Theme %1 hangs from %2, which is not a Media Topic.</source>
        <translation>主题 %1 挂在 %2 之下，而 %2 不是媒体主题。</translation>
    </message>
    <message>
        <source>Theme %1 was merged into an unknown theme %2.</source>
        <translation>主题 %1 被合并到未知主题 %2。</translation>
    </message>
    <message>
        <source>Cannot read the built-in theme list: %1</source>
        <translation>无法读取内置主题列表：%1</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>主题需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a theme called %1.</source>
        <translation>已有名为 %1 的主题。</translation>
    </message>
    <message>
        <source>New themes go under one of the Media Topics, not under %1.</source>
        <translation>新主题应放在某个媒体主题之下，而不是 %1 之下。</translation>
    </message>
    <message>
        <source>There is no theme %1.</source>
        <translation>没有主题 %1。</translation>
    </message>
    <message>
        <source>IPTC Media Topics keep their names.</source>
        <translation>IPTC 媒体主题不能改名。</translation>
    </message>
    <message>
        <source>IPTC Media Topics cannot be merged away.</source>
        <translation>IPTC 媒体主题不能被合并掉。</translation>
    </message>
    <message>
        <source>Only two different active themes can be merged.</source>
        <translation>只能合并两个不同的在用主题。</translation>
    </message>
    <message>
        <source>IPTC Media Topics cannot be retired.</source>
        <translation>IPTC 媒体主题不能停用。</translation>
    </message>
    <message>
        <source>%1 was merged into another theme.</source>
        <translation>%1 已合并到另一个主题。</translation>
    </message>
</context>
<context>
    <name>Copydesk::TaxonomyDialog</name>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>One keyword or phrase per line</source>
        <translation>每行一个关键词或短语</translation>
    </message>
    <message>
        <source>Words that also turn up in other subjects</source>
        <translation>也会出现在其他题材中的词语</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Weak keywords:</source>
        <translation>弱关键词(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Keywords, separated by commas</source>
        <translation>关键词,用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a sub-theme under the selected Media Topic (or under the selected sub-theme&apos;s topic)</source>
        <translation>在所选媒体主题(或所选子主题的上级主题)下添加子主题</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>并入(&amp;M)</translation>
    </message>
    <message>
        <source>Retire this sub-theme; its keywords and its stories&apos; tags go to the chosen theme</source>
        <translation>停用此子主题;其关键词和相关稿件的标签转到所选主题</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>新子主题</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1(已并入 %2)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1(已停用)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>已把 %1 并入 %2。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Retired %1.</source>
        <translation>已停用 %1。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Text::LineJoiner</name>
    <message>
        <source>A sentence ends at the full width of the column; the next line may continue this paragraph. Left apart.</source>
        <translation>句子在栏宽处结束；下一行可能是本段的延续。暂不合并。</translation>
    </message>
    <message>
        <source>A line-end hyphen split a word; the joined word is known, so the hyphen was removed.</source>
        <translation>行末连字符把一个词拆开了；合并后的词是已知词，所以去掉了连字符。</translation>
    </message>
    <message>
        <source>A sentence ended at the full width of the column; the short line after it was read as the paragraph&apos;s end.</source>
        <translation>句子在栏宽处结束；其后的短行被视为段落结尾。</translation>
    </message>
</context>
<context>
    <name>Copydesk::Text::StorySegmenter</name>
    <message>
        <source>The character “%1” was printed at the end of one column and again at the start of the next; the repeat was dropped.</source>
        <translation>字“%1”印在一栏末尾，又在下一栏开头重复出现；已删去重复的字。</translation>
    </message>
    <message>
        <source>The paragraph stopped mid-sentence at a column end; the next text continues it (a word runs across the break).</source>
        <translation>段落在栏末句子中间断开；后面的文字是它的延续（有一个词跨越了断行处）。</translation>
    </message>
    <message>
        <source>The paragraph stopped mid-sentence at a column end; the next text continues it.</source>
        <translation>段落在栏末句子中间断开；后面的文字是它的延续。</translation>
    </message>
    <message>
        <source>Names in parentheses at the end of the story are its byline.</source>
        <translation>稿件末尾括号中的姓名是署名。</translation>
    </message>
    <message>
        <source>A “By …” line names the story&apos;s author.</source>
        <translation>“By …”一行给出了稿件作者。</translation>
    </message>
    <message>
        <source>The story stopped mid-sentence; it continues in text printed later on the page, and a word runs across the junction.</source>
        <translation>稿件在句子中间中断；它在版面后面的文字中继续，且有一个词跨越了衔接处。</translation>
    </message>
    <message>
        <source>The story stopped mid-sentence; it continues in text printed later on the page (the only continuation left).</source>
        <translation>稿件在句子中间中断；它在版面后面的文字中继续（这是剩下的唯一延续）。</translation>
    </message>
    <message>
        <source>Joined with text printed later on the page without a word running across the junction; please check.</source>
        <translation>已与版面后面的文字衔接，但衔接处没有跨越的词；请检查。</translation>
    </message>
    <message>
        <source>A name after the last sentence is the byline.</source>
        <translation>最后一句之后的姓名是署名。</translation>
    </message>
    <message>
        <source>The headline wrapped; its last characters were printed on a line of their own.</source>
        <translation>标题换行了;最后几个字单独印成一行。</translation>
    </message>
    <message>
        <source>A short line among the stories (a page label or date) belongs to no story.</source>
        <translation>稿件之间的短行(版面标签或日期)不属于任何稿件。</translation>
    </message>
    <message>
        <source>Two headlines were printed one after the other; the text under them is divided where it stops sharing words with the first headline.</source>
        <translation>两个标题先后相接印出;其下文字在不再与第一个标题共用词语之处分开。</translation>
    </message>
    <message>
        <source>The headline was printed without text under it; the text printed later without a headline is its story.</source>
        <translation>标题下没有正文;版面后文中没有标题的文字就是它的稿件。</translation>
    </message>
    <message>
        <source>Text printed later on the page ends in a byline; it continues the story that had none.</source>
        <translation>版面后文的一段文字以署名结尾;它接续前面没有署名的稿件。</translation>
    </message>
    <message>
        <source>A paragraph ending in a name after its last sentence is a photo caption, not part of the story.</source>
        <translation>最后一句之后以人名结尾的段落是图片说明,不属于正文。</translation>
    </message>
    <message>
        <source>The paragraph stopped mid-sentence; text printed elsewhere on the page reads on from it far better than the text printed next (a likely word runs across the junction).</source>
        <translation>段落在句中断开；版面上别处印出的文字比紧接其后的文字更能顺读下去（接缝处很可能跨着一个词）。</translation>
    </message>
    <message>
        <source>A “By …” line after running text starts another story; its headline was printed elsewhere on the page.</source>
        <translation>正文之后出现的“By …”行开启了另一篇稿件；它的标题印在版面的其他位置。</translation>
    </message>
    <message>
        <source>Two headlines were printed one after the other, then two texts each signed by its byline; each headline took the text that shares more words with it.</source>
        <translation>两个标题前后相连印出，随后是两段各自以署名结尾的正文；每个标题取用与它共有词语更多的那段正文。</translation>
    </message>
    <message>
        <source>Two headlines were printed one after the other and their texts in alternating blocks; each paragraph went to the headline it shares words with.</source>
        <translation>两个标题前后相连印出，它们的正文分块交替排列；每个段落归入与它有共同词语的标题。</translation>
    </message>
    <message>
        <source>A short line printed over the columns shares a word with this headline, printed after them: it is the kicker, and the text under it belongs to this story.</source>
        <translation>印在栏目上方的短行与栏目之后印出的这个标题有共同词语：它是这篇稿件的引题，其下的正文也属于这篇稿件。</translation>
    </message>
    <message>
        <source>A short label heading a box of text that does not read on from it was printed apart from its headline: it is the kicker of the next headline.</source>
        <translation>一段文字上方的短标签与其下文字读不通，是与标题分开印出的引题：归入下一个标题。</translation>
    </message>
    <message>
        <source>A short head between two paragraphs of a story that is not signed yet, on a page whose stories close with a byline: a subhead of the story, kept as a paragraph.</source>
        <translation>本版稿件以署名结尾；在尚未署名的稿件两段之间的短标题是该稿件的小标题，作为一段保留。</translation>
    </message>
    <message>
        <source>The paragraph stopped mid-sentence and nothing after it goes on from it; text printed earlier in the story that goes on from a broken sentence completes it.</source>
        <translation>该段在句中断开，其后也没有接续的文字；版面上较早印出、接续断句的文字补全了它。</translation>
    </message>
    <message>
        <source>The paragraph stopped mid-sentence; text printed elsewhere that goes on from a broken sentence completes it (a word runs across the junction).</source>
        <translation>该段在句中断开；版面上别处印出、接续断句的文字补全了它（有词语跨越接缝）。</translation>
    </message>
    <message>
        <source>Joined with text printed earlier without a word running across the junction; please check.</source>
        <translation>已与较早印出的文字连接，但接缝处没有跨越的词语，请核对。</translation>
    </message>
    <message>
        <source>Headlines were printed one story ahead of their texts; each took the text after it, which shares words with it.</source>
        <translation>标题比各自的正文提前一篇印出；每个标题取其后与之有共同词语的正文。</translation>
    </message>
    <message>
        <source>Several headlines were printed one after the other, then their texts, each closed by its byline; each headline took the text that shares the most words with it.</source>
        <translation>几个标题接连印出，其后是各自以署名结尾的正文；每个标题取与之共同词语最多的正文。</translation>
    </message>
    <message>
        <source>The paragraph stopped at a column end in a hyphenated word; the next text completes the word, so the hyphen was removed.</source>
        <translation>段落在栏末停在一个带连字符的词中；后面的文字补全了这个词，因此删去了连字符。</translation>
    </message>
    <message>
        <source>A credit under the headline (an agency or the desk) stands where a “By …” line would: it is the story&apos;s byline.</source>
        <translation>标题下的来源署名（通讯社或本报编辑部）位于“By …”行的位置：它就是稿件的署名。</translation>
    </message>
    <message>
        <source>A drop cap printed apart from its word, at the page&apos;s top, was put back at the start of the text.</source>
        <translation>与所属单词分开印在页面顶部的首字下沉字母已放回正文开头。</translation>
    </message>
</context>
<context>
    <name>Copydesk::ThemeFilterModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>    %1 (%2)</source>
        <translation>    %1(%2)</translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation>%1 — 已停用</translation>
    </message>
</context>
</TS>
