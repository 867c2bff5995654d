<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Council Desktop</source>
        <translation>О программе Council Desktop</translation>
    </message>
    <message>
        <source>in memory (not saved)</source>
        <translation>в памяти (не сохраняется)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>Records of the Council of Foreign Ministers of the Organization of Turkic States, kept offline.</source>
        <translation>Документы Совета министров иностранных дел Организации тюркских государств, без подключения к сети.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Council Desktop: MIT licence.</source>
        <translation>Council Desktop: лицензия MIT.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Sans, free licence (Bitstream Vera derived).</source>
        <translation>Шрифты: DejaVu Sans, свободная лицензия (на основе Bitstream Vera).</translation>
    </message>
    <message>
        <source>Icons: drawn for Council Desktop, CC0 1.0 (public domain).</source>
        <translation>Значки: нарисованы для Council Desktop, CC0 1.0 (общественное достояние).</translation>
    </message>
    <message>
        <source>Qt for Python (PySide6): LGPL 3.</source>
        <translation>Qt for Python (PySide6): LGPL 3.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>The newest backup is from {date}. To restore it: council-desktop restore &quot;{path}&quot;</source>
        <translation>Последняя резервная копия создана {date}. Чтобы восстановить её: council-desktop restore &quot;{path}&quot;</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Влож&amp;ить файлы…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Save the new document first; then you can attach files to it.</source>
        <translation>Сначала сохраните новый документ; затем к нему можно будет вложить файлы.</translation>
    </message>
    <message>
        <source>Read-only: attachments can be opened but not changed.</source>
        <translation>Только чтение: вложения можно открывать, но не изменять.</translation>
    </message>
    <message>
        <source>Add files with the button or drag them here.</source>
        <translation>Добавьте файлы кнопкой или перетащите их сюда.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждён</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не вложены</translation>
    </message>
    <message>
        <source>This file does not match what was stored (it may be damaged). Open it anyway?</source>
        <translation>Этот файл не совпадает с сохранённым (возможно, он повреждён). Всё равно открыть?</translation>
    </message>
    <message>
        <source>This file does not match what was stored (it may be damaged). Save a copy anyway?</source>
        <translation>Этот файл не совпадает с сохранённым (возможно, он повреждён). Всё равно сохранить копию?</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Повреждённый файл</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file.</source>
        <translation>На этом компьютере нет программы для файлов такого типа.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Remove “%1” from this document?</source>
        <translation>Удалить «%1» из этого документа?</translation>
    </message>
    <message>
        <source>The attachment was not removed</source>
        <translation>Вложение не удалено</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>Backed up {meetings} meetings and {documents} documents to {path}</source>
        <translation>Резервная копия создана: заседаний — {meetings}, документов — {documents}. Файл: {path}</translation>
    </message>
    <message>
        <source>Attachment files missing from the backup</source>
        <translation>В резервной копии нет некоторых файлов вложений</translation>
    </message>
    <message>
        <source>The backup was made in {path}, but {count} attachment file(s) were missing or damaged in the attachments folder, so they are NOT in it (their records are):</source>
        <translation>Резервная копия создана в {path}, но файлов вложений, отсутствующих или повреждённых в папке вложений, — {count}; их в копии НЕТ (их записи есть):</translation>
    </message>
    <message>
        <source>Run Tools &gt; Check database, and attach these files again from another copy.</source>
        <translation>Выполните Сервис &gt; Проверить базу данных и снова прикрепите эти файлы из другой копии.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Восстановление отклонено</translation>
    </message>
    <message>
        <source>Restored without some attachment files</source>
        <translation>Восстановлено без некоторых файлов вложений</translation>
    </message>
    <message>
        <source>The records were restored, but {count} attachment file(s) were already missing when the backup was made, so they could not be restored:</source>
        <translation>Записи восстановлены, но файлов вложений, которых не было уже при создании резервной копии, — {count}; их восстановить нельзя:</translation>
    </message>
    <message>
        <source>Attach them again from another copy.</source>
        <translation>Прикрепите их снова из другой копии.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>{count} problem(s) found:</source>
        <translation>Обнаружено проблем — {count}:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не обнаружено.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Export brief</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>Export briefing book</source>
        <translation>Экспорт сборника справок</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Brief of “{title}”</source>
        <translation>Справка: «{title}»</translation>
    </message>
    <message>
        <source>A briefing book of several meetings</source>
        <translation>Сборник справок по нескольким заседаниям</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>The meetings selected in the list ({n})</source>
        <translation>Заседания, выбранные в списке ({n})</translation>
    </message>
    <message>
        <source>Meetings chosen by dates, framework and tag:</source>
        <translation>Заседания по датам, формату и метке:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Любой формат</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Briefing book</source>
        <translation>Сборник справок</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>F&amp;ramework:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Book &amp;title:</source>
        <translation>&amp;Название сборника:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Language of the labels:</source>
        <translation>&amp;Язык подписей:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation>&amp;Гриф секретности:</translation>
    </message>
    <message>
        <source>Append the PDF attachments of related documents as a&amp;nnexes</source>
        <translation>Добавить PDF-вложения связанных документов как &amp;приложения</translation>
    </message>
    <message>
        <source>Meetings held {span}.</source>
        <translation>Даты заседаний: {span}.</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Что будет напечатано</translation>
    </message>
    <message>
        <source>As recorded ({marking})</source>
        <translation>Как указано ({marking})</translation>
    </message>
    <message>
        <source>As recorded for each meeting</source>
        <translation>Как указано для заседания</translation>
    </message>
    <message>
        <source>No meeting matches: change the dates, framework or tag.</source>
        <translation>Нет подходящих заседаний: измените даты, формат или метку.</translation>
    </message>
    <message>
        <source>1 meeting will be printed.</source>
        <translation>Будет напечатано 1 заседание.</translation>
    </message>
    <message>
        <source>{n} meetings will be printed.</source>
        <translation>Будет напечатано заседаний: {n}.</translation>
    </message>
    <message>
        <source>Labels in {language}, on {paper} paper.</source>
        <translation>Язык подписей: {language}; бумага: {paper}.</translation>
    </message>
    <message>
        <source>Marking: {marking}.</source>
        <translation>Гриф: {marking}.</translation>
    </message>
    <message>
        <source>PDF attachments of related documents are appended as annexes.</source>
        <translation>PDF-вложения связанных документов прилагаются.</translation>
    </message>
    <message>
        <source>No annexes.</source>
        <translation>Без приложений.</translation>
    </message>
    <message>
        <source>Cover title: {title}</source>
        <translation>Заголовок обложки: {title}</translation>
    </message>
    <message>
        <source>Meeting of {date}.</source>
        <translation>Заседание {date}.</translation>
    </message>
</context>
<context>
    <name>BriefExporter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This meeting has unsaved changes; the brief is printed from the saved record. Save the changes first?</source>
        <translation>В этом заседании есть несохранённые изменения; справка печатается по сохранённой записи. Сначала сохранить изменения?</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>справка</translation>
    </message>
    <message>
        <source>Briefing book</source>
        <translation>Сборник справок</translation>
    </message>
    <message>
        <source>Select a meeting first: its brief is exported.</source>
        <translation>Сначала выберите заседание: справка готовится по нему.</translation>
    </message>
    <message>
        <source>A brief is being exported; wait until it is finished.</source>
        <translation>Справка уже готовится; дождитесь окончания.</translation>
    </message>
    <message>
        <source>Preparing the briefing book of {n} meetings…</source>
        <translation>Готовится сборник справок по заседаниям: {n}…</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>Готовится справка…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>The brief was not written</source>
        <translation>Справка не записана</translation>
    </message>
    <message>
        <source>The meeting is no longer in the database (it may have been deleted).</source>
        <translation>Заседания больше нет в базе данных (возможно, оно удалено).</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}.</source>
        <translation>Не удалось записать PDF в {path}: {reason}.</translation>
    </message>
    <message>
        <source>The PDF was written to {path}.</source>
        <translation>PDF записан: {path}.</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>Страниц: {pages}.</translation>
    </message>
    <message>
        <source>Annex {n} ({file}) was left out: {reason}</source>
        <translation>Приложение {n} ({file}) не включено: {reason}</translation>
    </message>
    <message>
        <source>Brief exported</source>
        <translation>Справка экспортирована</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Открыть сейчас?</translation>
    </message>
    <message>
        <source>The brief is open in your PDF viewer: print it from there.</source>
        <translation>Справка открыта в программе просмотра PDF: печатайте оттуда.</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Нет программы просмотра PDF</translation>
    </message>
    <message>
        <source>No program to open PDF files was found. The file is at {path}.</source>
        <translation>Не найдена программа для открытия PDF. Файл находится здесь: {path}.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Сохранить PDF как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous year</source>
        <translation>Предыдущий год</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>&amp;Go to date</source>
        <translation>&amp;Перейти к дате</translation>
    </message>
    <message>
        <source>Double-click an entry to open its meeting.</source>
        <translation>Дважды щёлкните запись, чтобы открыть заседание.</translation>
    </message>
    <message>
        <source>No meetings and no actions due on this day.</source>
        <translation>В этот день нет заседаний и поручений со сроком исполнения.</translation>
    </message>
    <message>
        <source>Action due: %1%2 [%3]</source>
        <translation>Срок поручения: %1%2 [%3]</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{record}: {field}: {message}</source>
        <translation>{record}: {field}: {message}</translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD)</source>
        <translation>{value} не является датой (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{value} is not a real date (expected YYYY-MM-DD)</source>
        <translation>{value} — несуществующая дата (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>должно быть текстом, а не {type}</translation>
    </message>
    <message>
        <source>contains a broken character (a lone UTF-16 surrogate); retype or remove it</source>
        <translation>содержит повреждённый символ (одиночный суррогат UTF-16); наберите текст заново или удалите символ</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} не входит в список: {choices}</translation>
    </message>
    <message>
        <source>{value} is not a known country code</source>
        <translation>{value} — неизвестный код страны</translation>
    </message>
    <message>
        <source>{value} is not a known language code</source>
        <translation>{value} — неизвестный код языка</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>должно быть списком строк</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>должно быть списком объектов</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>{value} is not a valid uuid</source>
        <translation>{value} — недопустимый uuid</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>должно быть целым числом не меньше 0</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
        <source>must be a document uuid</source>
        <translation>должно быть uuid документа</translation>
    </message>
    <message>
        <source>no document with uuid {uuid}</source>
        <translation>нет документа с uuid {uuid}</translation>
    </message>
    <message>
        <source>no stored file with sha256 {sha}</source>
        <translation>нет сохранённого файла с sha256 {sha}</translation>
    </message>
    <message>
        <source>{value} is not known</source>
        <translation>{value} — неизвестное значение</translation>
    </message>
    <message>
        <source>not on this document</source>
        <translation>не относится к этому документу</translation>
    </message>
    <message>
        <source>There is no meeting with uuid {uuid}.</source>
        <translation>Заседание с uuid {uuid} не найдено.</translation>
    </message>
    <message>
        <source>There is no document with uuid {uuid}.</source>
        <translation>Документ с uuid {uuid} не найден.</translation>
    </message>
    <message>
        <source>There is no action item with uuid {uuid}.</source>
        <translation>Поручение с uuid {uuid} не найдено.</translation>
    </message>
    <message>
        <source>There is no meeting with uuid {uuid} in the trash.</source>
        <translation>В корзине нет заседания с uuid {uuid}.</translation>
    </message>
    <message>
        <source>There is no document with uuid {uuid} in the trash.</source>
        <translation>В корзине нет документа с uuid {uuid}.</translation>
    </message>
    <message>
        <source>There is no {record_type} with uuid {uuid} in the trash.</source>
        <translation>В корзине нет записи ({record_type}) с uuid {uuid}.</translation>
    </message>
    <message>
        <source>There is no {record_type} with uuid {uuid}.</source>
        <translation>Запись ({record_type}) с uuid {uuid} не найдена.</translation>
    </message>
    <message>
        <source>{value} is not a sha256 hash.</source>
        <translation>{value} не является хешем sha256.</translation>
    </message>
    <message>
        <source>An in-memory database cannot hold attachments.</source>
        <translation>База данных в памяти не может хранить вложения.</translation>
    </message>
    <message>
        <source>{path} is not a readable file.</source>
        <translation>{path} — не файл или его нельзя прочитать.</translation>
    </message>
    <message>
        <source>The attachment&apos;s file is missing from {folder}.</source>
        <translation>Файл вложения отсутствует в папке {folder}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>{path} is not a Council Desktop database (it is not an SQLite file).</source>
        <translation>{path} не является базой данных Council Desktop (это не файл SQLite).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Council Desktop database ({reason}).</source>
        <translation>{path} повреждён или не является базой данных Council Desktop ({reason}).</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Council Desktop database.</source>
        <translation>{path} — файл SQLite, но не база данных Council Desktop.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Council Desktop. Install the newer version to open it; the file was not changed.</source>
        <translation>Файл {path} записан более новой версией Council Desktop. Чтобы открыть его, установите новую версию; файл не изменён.</translation>
    </message>
    <message>
        <source>This database is open read-only (another Council Desktop window is using it).</source>
        <translation>База данных открыта только для чтения (её использует другое окно Council Desktop).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>Диск заполнен: ничего не сохранено. Освободите место и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only): nothing was saved.</source>
        <translation>Запись в файл базы данных невозможна (только чтение): ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was saved. Try again.</source>
        <translation>База данных занята другой программой: ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}): nothing was saved.</source>
        <translation>База данных отклонила изменение ({reason}): ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} (and {n} more).</source>
        <translation>Ничего не импортировано: {problem} (и ещё {n}).</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Ничего не импортировано: {problem}.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{path} содержит некорректный JSON (строка {line}, столбец {column}: {reason})</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object at the top level</source>
        <translation>{path} должен содержать JSON-объект на верхнем уровне</translation>
    </message>
    <message>
        <source>{path} is not a Council Desktop exchange file (format is not {format})</source>
        <translation>{path} не является файлом обмена Council Desktop (формат не {format})</translation>
    </message>
    <message>
        <source>{path}: version must be a whole number</source>
        <translation>{path}: version должно быть целым числом</translation>
    </message>
    <message>
        <source>{path} uses exchange format version {version}; this app reads up to {supported}</source>
        <translation>{path} использует версию формата обмена {version}; программа читает версии до {supported}</translation>
    </message>
    <message>
        <source>{path}: {key} must be a list of objects</source>
        <translation>{path}: {key} должно быть списком объектов</translation>
    </message>
    <message>
        <source>{path}: the file changed while it was imported</source>
        <translation>{path}: файл изменился во время импорта</translation>
    </message>
    <message>
        <source>{entry}: kept the stored copy, which differs; the file&apos;s copy has no updated_at to show it is newer</source>
        <translation>{entry}: сохранена имеющаяся версия, она отличается; у версии из файла нет updated_at, подтверждающего, что она новее</translation>
    </message>
    <message>
        <source>top level: unknown key {key} ignored</source>
        <translation>верхний уровень: неизвестный ключ {key} пропущен</translation>
    </message>
    <message>
        <source>{record}: unknown key {key} ignored</source>
        <translation>{record}: неизвестный ключ {key} пропущен</translation>
    </message>
    <message>
        <source>{list}[{n}]: uuid {uuid} is used twice in the file ({other})</source>
        <translation>{list}[{n}]: uuid {uuid} встречается в файле дважды ({other})</translation>
    </message>
    <message>
        <source>{record}: path is required to import the file&apos;s bytes</source>
        <translation>{record}: для импорта содержимого файла требуется path</translation>
    </message>
    <message>
        <source>{record}: path {file} points outside the import folder</source>
        <translation>{record}: путь {file} указывает за пределы папки импорта</translation>
    </message>
    <message>
        <source>{record}: file {file} is missing</source>
        <translation>{record}: файл {file} отсутствует</translation>
    </message>
    <message>
        <source>{record}: file {file} does not match its sha256</source>
        <translation>{record}: файл {file} не соответствует своему sha256</translation>
    </message>
    <message>
        <source>The backup failed its integrity check ({result}); nothing was kept.</source>
        <translation>Резервная копия не прошла проверку целостности ({result}); ничего не сохранено.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Базу данных в памяти нельзя сохранить в резервную копию.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} уже существует и не пуста; выберите новую папку.</translation>
    </message>
    <message>
        <source>{path} holds no database backup.</source>
        <translation>В {path} нет резервной копии базы данных.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} не является файлом базы данных.</translation>
    </message>
    <message>
        <source>{path} has {n} broken reference(s) between records.</source>
        <translation>В {path} нарушенных связей между записями: {n}.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({reason}).</source>
        <translation>{path} повреждён или не является базой данных ({reason}).</translation>
    </message>
    <message>
        <source>attachment {sha}… is missing or damaged in the backup.</source>
        <translation>вложение {sha}… отсутствует в резервной копии или повреждено.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem} (and {n} more problems) Nothing was changed; {name} is as it was.</source>
        <translation>Резервную копию нельзя восстановить: {problem} (и ещё проблем: {n}) Ничего не изменено; {name} остался прежним.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem} Nothing was changed; {name} is as it was.</source>
        <translation>Резервную копию нельзя восстановить: {problem} Ничего не изменено; {name} остался прежним.</translation>
    </message>
    <message>
        <source>{name} is open in {owner}. Close it first; nothing was changed.</source>
        <translation>{name} открыт в другом окне: {owner}. Сначала закройте его; ничего не изменено.</translation>
    </message>
    <message>
        <source>Checked {path}: integrity ok.</source>
        <translation>Проверен {path}: целостность в порядке.</translation>
    </message>
    <message>
        <source>Kept the current file aside as {path}.</source>
        <translation>Текущий файл сохранён под именем {path}.</translation>
    </message>
    <message>
        <source>Copied {n} attachment file(s) into place.</source>
        <translation>Скопировано файлов вложений: {n}.</translation>
    </message>
    <message>
        <source>Restored {path}: {meetings} meetings, {documents} documents.</source>
        <translation>Восстановлен {path}: заседаний — {meetings}, документов — {documents}.</translation>
    </message>
    <message>
        <source>{n} attachment file(s) were already missing when the backup was made, so they could not be restored (their records were); attach them again from another copy:</source>
        <translation>Файлов вложений, отсутствовавших уже при создании резервной копии: {n}; их нельзя восстановить (записи восстановлены). Приложите их заново из другой копии:</translation>
    </message>
    <message>
        <source>{file} of document {title} (missing)</source>
        <translation>{file} документа {title} (отсутствует)</translation>
    </message>
    <message>
        <source>{file} of document {title} (damaged)</source>
        <translation>{file} документа {title} (повреждён)</translation>
    </message>
    <message>
        <source>{file} of document {title}</source>
        <translation>{file} документа {title}</translation>
    </message>
    <message>
        <source>attachment {sha}… (missing)</source>
        <translation>вложение {sha}… (отсутствует)</translation>
    </message>
    <message>
        <source>attachment {sha}… (damaged)</source>
        <translation>вложение {sha}… (повреждено)</translation>
    </message>
    <message>
        <source>attachment {sha}…</source>
        <translation>вложение {sha}…</translation>
    </message>
    <message>
        <source>another Council Desktop window</source>
        <translation>другое окно Council Desktop</translation>
    </message>
    <message>
        <source>Council Desktop (process {pid} on {host}, since {since})</source>
        <translation>Council Desktop (процесс {pid} на компьютере {host}, с {since})</translation>
    </message>
    <message>
        <source>The database cannot be read ({reason}); restore it from a backup.</source>
        <translation>Базу данных невозможно прочитать ({reason}); восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>The check stopped with a database error: {reason}.</source>
        <translation>Проверка остановлена из-за ошибки базы данных: {reason}.</translation>
    </message>
    <message>
        <source>Integrity check: {details}</source>
        <translation>Проверка целостности: {details}</translation>
    </message>
    <message>
        <source>Broken reference: row {rowid} of {table} points to a missing row in {parent}.</source>
        <translation>Нарушенная связь: строка {rowid} таблицы {table} ссылается на отсутствующую строку в {parent}.</translation>
    </message>
    <message>
        <source>Attachment {file} of {title} is missing ({sha}…).</source>
        <translation>Вложение {file} записи {title} отсутствует ({sha}…).</translation>
    </message>
    <message>
        <source>Attachment {file} of {title} is damaged: its bytes no longer match their sha256 ({sha}…).</source>
        <translation>Вложение {file} записи {title} повреждено: содержимое не соответствует sha256 ({sha}…).</translation>
    </message>
    <message>
        <source>The search index is missing: run `council-desktop reindex`.</source>
        <translation>Поисковый индекс отсутствует: выполните `council-desktop reindex`.</translation>
    </message>
    <message>
        <source>Search index: {entry} is not indexed.</source>
        <translation>Поисковый индекс: {entry} не проиндексирован.</translation>
    </message>
    <message>
        <source>Search index: {entry} is indexed {n} times.</source>
        <translation>Поисковый индекс: {entry} проиндексирован {n} раз(а).</translation>
    </message>
    <message>
        <source>Search index: {entry} is indexed with out-of-date text.</source>
        <translation>Поисковый индекс: {entry} проиндексирован с устаревшим текстом.</translation>
    </message>
    <message>
        <source>Search index: a row for {entry} belongs to no live record.</source>
        <translation>Поисковый индекс: строка для {entry} не относится ни к одной действующей записи.</translation>
    </message>
    <message>
        <source>Search index: {entry} has out-of-date kind, date, country or classification for the search filters.</source>
        <translation>Поисковый индекс: у {entry} устарели вид, дата, страна или гриф для фильтров поиска.</translation>
    </message>
    <message>
        <source>Search index: {n} rows are missing their other half.</source>
        <translation>Поисковый индекс: у строк ({n}) нет второй половины.</translation>
    </message>
    <message>
        <source>Run `council-desktop reindex` to rebuild the search index.</source>
        <translation>Чтобы перестроить поисковый индекс, выполните `council-desktop reindex`.</translation>
    </message>
    <message>
        <source>{source}: unknown setting {key} ignored</source>
        <translation>{source}: неизвестный параметр {key} пропущен</translation>
    </message>
    <message>
        <source>{source}: {setting} must be {type}, not {value}</source>
        <translation>{source}: {setting} должен иметь тип {type}, а не {value}</translation>
    </message>
    <message>
        <source>{source}: {setting} must be one of {choices}</source>
        <translation>{source}: {setting} должен быть одним из: {choices}</translation>
    </message>
    <message>
        <source>{source}: {setting} must be between {low} and {high}</source>
        <translation>{source}: {setting} должен быть от {low} до {high}</translation>
    </message>
    <message>
        <source>{source}: {setting} {value} is not a usable path</source>
        <translation>{source}: {setting} {value} — непригодный путь</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); its settings were ignored</source>
        <translation>не удаётся прочитать {path} ({reason}); его параметры не применены</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object; its settings were ignored</source>
        <translation>{path} должен содержать JSON-объект; его параметры не применены</translation>
    </message>
    <message>
        <source>{path} does not exist, so it cannot be moved.</source>
        <translation>{path} не существует, поэтому его нельзя переместить.</translation>
    </message>
    <message>
        <source>The database is already in that folder.</source>
        <translation>База данных уже находится в этой папке.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder so nothing is overwritten.</source>
        <translation>{path} уже существует; выберите другую папку, чтобы ничего не перезаписать.</translation>
    </message>
    <message>
        <source>The database could not be moved to {folder} ({reason}); it is unchanged in its old place.</source>
        <translation>Не удалось переместить базу данных в {folder} ({reason}); она осталась на прежнем месте без изменений.</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>не удаётся записать {path}: {problem}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} не является папкой</translation>
    </message>
    <message>
        <source>no such folder {path}</source>
        <translation>папка {path} не существует</translation>
    </message>
    <message>
        <source>A briefing book needs at least one meeting.</source>
        <translation>Для сборника материалов нужно хотя бы одно заседание.</translation>
    </message>
    <message>
        <source>{path} is damaged: {details}</source>
        <translation>{path} повреждён: {details}</translation>
    </message>
    <message>
        <source>{record} {list}[{n}]</source>
        <translation>{record} {list}[{n}]</translation>
    </message>
    <message>
        <source>{list}[{n}] (uuid {uuid})</source>
        <translation>{list}[{n}] (uuid {uuid})</translation>
    </message>
    <message>
        <source>{list}[{n}]</source>
        <translation>{list}[{n}]</translation>
    </message>
    <message>
        <source>meeting {title}</source>
        <translation>заседание {title}</translation>
    </message>
    <message>
        <source>document {title}</source>
        <translation>документ {title}</translation>
    </message>
    <message>
        <source>member state {code}</source>
        <translation>государство-член {code}</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>поручение</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Соединённые Штаты Америки</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Объединённые Арабские Эмираты</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>Республика Корея</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Parties and languages</source>
        <translation>Стороны и языки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Мест&amp;о:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Резюме:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Member and observer states are listed first.</source>
        <translation>Государства-члены и наблюдатели указаны первыми.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Meetings that link this document:</source>
        <translation>Заседания, к которым привязан документ:</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>&amp;Открыть заседание</translation>
    </message>
    <message>
        <source>(no meeting links this document)</source>
        <translation>(документ не привязан ни к одному заседанию)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Заседания (%1)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Вложения (%1)</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Link documents</source>
        <translation>Привязать документы</translation>
    </message>
    <message>
        <source>Type part of a title, reference or place</source>
        <translation>Введите часть названия, номера или места</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Привязать</translation>
    </message>
</context>
<context>
    <name>Durability</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Back up the records and attachments now</source>
        <translation>Создать резервную копию записей и вложений сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История изменений…</translation>
    </message>
    <message>
        <source>Put a backup in place of this database</source>
        <translation>Заменить эту базу данных резервной копией</translation>
    </message>
    <message>
        <source>Check the file, its attachments and the search index</source>
        <translation>Проверить файл, вложения и поисковый индекс</translation>
    </message>
    <message>
        <source>Every change to the selected record</source>
        <translation>Все изменения выбранной записи</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Очередное заседание</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Внеочередное заседание</translation>
    </message>
    <message>
        <source>Informal meeting</source>
        <translation>Неформальная встреча</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Несекретно</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секретно</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член делегации</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Подписанный документ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нота</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменён новым</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Council Desktop. Your saved records are safe. The details were written to the log file:
{path}

If this keeps happening, please send that file to your IT support.</source>
        <translation>В работе Council Desktop произошла ошибка. Сохранённые записи не пострадали. Подробности записаны в файл журнала:
{path}

Если ошибка повторяется, отправьте этот файл в службу ИТ-поддержки.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: a part of it can no longer be read ({error}). Records in that part cannot be shown, and changes may not be saved.</source>
        <translation>Файл базы данных {path} повреждён: часть его больше не читается ({error}). Записи из этой части не могут быть показаны, а изменения могут не сохраниться.</translation>
    </message>
    <message>
        <source>No backup of this file was found. Close Council Desktop and ask your IT support to look at the file (council-desktop check names the damage).</source>
        <translation>Резервная копия этого файла не найдена. Закройте Council Desktop и попросите службу ИТ-поддержки проверить файл (council-desktop check укажет повреждение).</translation>
    </message>
    <message>
        <source>The newest backup is from {date}: {path}
Restore it with File &gt; Restore from backup… (the damaged file is kept aside).</source>
        <translation>Самая новая резервная копия от {date}: {path}
Восстановите её через Файл &gt; Восстановить из резервной копии… (повреждённый файл сохраняется отдельно).</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Файл базы данных повреждён</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Отмечено как выполненное: %1</translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation>Снова на исполнении: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Tick an action to mark it done; double-click a row to open its meeting.</source>
        <translation>Отметьте выполненное поручение; дважды щёлкните строку, чтобы открыть заседание.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Загрузка поручений…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n поручение</numerusform>
            <numerusform>%n поручения</numerusform>
            <numerusform>%n поручений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Changes to “{title}”, oldest first</source>
        <translation>Изменения записи «{title}» (сначала самые ранние)</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>Когда / поле</translation>
    </message>
    <message>
        <source>Who / from</source>
        <translation>Кто / было</translation>
    </message>
    <message>
        <source>What / to</source>
        <translation>Что / стало</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>восстановлено из корзины</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>удалено безвозвратно</translation>
    </message>
    <message>
        <source>action item “{title}” {what}</source>
        <translation>поручение «{title}»: {what}</translation>
    </message>
    <message>
        <source>No recorded changes</source>
        <translation>Изменений не зарегистрировано</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <source>Action due</source>
        <translation>Срок поручения</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Венгерский</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
</context>
<context>
    <name>LinkedDocuments</name>
    <message>
        <source>(document not found)</source>
        <translation>(документ не найден)</translation>
    </message>
    <message>
        <source>(in the trash)</source>
        <translation>(в корзине)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>Привяза&amp;ть…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>&amp;Отвязать</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Отк&amp;рыть</translation>
    </message>
    <message>
        <source>Documents of the registry that belong to this meeting.</source>
        <translation>Документы реестра, относящиеся к этому заседанию.</translation>
    </message>
    <message>
        <source>Document not found</source>
        <translation>Документ не найден</translation>
    </message>
    <message>
        <source>This document was deleted for good. Unlink removes it from the meeting.</source>
        <translation>Этот документ удалён безвозвратно. «Отвязать» уберёт его из заседания.</translation>
    </message>
    <message>
        <source>Document in the trash</source>
        <translation>Документ в корзине</translation>
    </message>
    <message>
        <source>“%1” is in the trash; a read-only window cannot restore it.</source>
        <translation>«%1» находится в корзине; окно только для чтения не может его восстановить.</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Restore it and open it?</source>
        <translation>«%1» находится в корзине. Восстановить и открыть?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>в памяти</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>Используемый файл базы данных</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New meeting or document (on the page shown)</source>
        <translation>Новое заседание или документ (в открытом разделе)</translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation>Новое &amp;заседание</translation>
    </message>
    <message>
        <source>New d&amp;ocument</source>
        <translation>Новый &amp;документ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the record shown</source>
        <translation>Сохранить открытую запись</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Переместить выбранные записи в корзину</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Найти записи</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Печать справки…</translation>
    </message>
    <message>
        <source>Open the brief of the selected meeting in your PDF viewer, to print it</source>
        <translation>Открыть справку выбранного заседания в программе просмотра PDF для печати</translation>
    </message>
    <message>
        <source>Export &amp;brief…</source>
        <translation>Экспорт &amp;справки…</translation>
    </message>
    <message>
        <source>Save the brief of the selected meeting as a PDF</source>
        <translation>Сохранить справку выбранного заседания в PDF</translation>
    </message>
    <message>
        <source>Export briefing boo&amp;k…</source>
        <translation>Экспорт с&amp;борника справок…</translation>
    </message>
    <message>
        <source>Save several meetings&apos; briefs in one PDF</source>
        <translation>Сохранить справки нескольких заседаний в одном PDF</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import records from an exchange file (JSON)</source>
        <translation>Импортировать записи из файла обмена (JSON)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export every record to an exchange file (JSON)</source>
        <translation>Экспортировать все записи в файл обмена (JSON)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About Council Desktop</source>
        <translation>&amp;О программе Council Desktop</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>Interface language, database file, brief defaults and backups</source>
        <translation>Язык интерфейса, файл базы данных, параметры справок и резервные копии</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Файлы обмена (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Создано: {created}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <source>The file was not changed and nothing was saved.</source>
        <translation>Файл не изменён, ничего не сохранено.</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>{n} records exported to {path}</source>
        <translation>Записей экспортировано в {path}: {n}</translation>
    </message>
    <message>
        <source>Exported without some attachment files</source>
        <translation>Экспортировано без некоторых файлов вложений</translation>
    </message>
    <message>
        <source>Attach the missing files again, then export once more.</source>
        <translation>Снова прикрепите недостающие файлы и повторите экспорт.</translation>
    </message>
    <message>
        <source>{name}[*] — Council Desktop</source>
        <translation>{name}[*] — Council Desktop</translation>
    </message>
    <message>
        <source>{meetings} meetings · {documents} documents · {trash} in trash</source>
        <translation>Заседаний: {meetings} · документов: {documents} · в корзине: {trash}</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Print a brief of this meeting (save it first)</source>
        <translation>Напечатать справку по заседанию (сначала сохраните его)</translation>
    </message>
    <message>
        <source>The &quot;2&quot; of &quot;2nd Extraordinary Meeting&quot;</source>
        <translation>«2» в названии «2-е внеочередное заседание»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>St&amp;arts on:</source>
        <translation>Нача&amp;ло:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>Окон&amp;чание:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Cha&amp;ir:</source>
        <translation>Председател&amp;ь:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Мет&amp;ки:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Export brief…</source>
        <translation>Экспорт справки…</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Назван&amp;ие:</translation>
    </message>
    <message>
        <source>Num&amp;ber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Cla&amp;ssification:</source>
        <translation>Г&amp;риф:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Frame&amp;work:</source>
        <translation>Форма&amp;т:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Рез&amp;юме:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Участники (%1)</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Повестка дня (%1)</translation>
    </message>
    <message>
        <source>Outcomes (%1)</source>
        <translation>Итоги (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Поручения (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Документы (%1)</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Remove the date (or press Delete in the date)</source>
        <translation>Убрать дату (или нажмите Delete в поле даты)</translation>
    </message>
    <message>
        <source>Press Delete to remove the date</source>
        <translation>Нажмите Delete, чтобы убрать дату</translation>
    </message>
</context>
<context>
    <name>OrdinalSpin</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This view arrives with its own issue; its place is ready here.</source>
        <translation>Этот раздел пока не готов; место для него уже отведено.</translation>
    </message>
</context>
<context>
    <name>PlanningPages</name>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{n} meetings exported to {path}</source>
        <translation>Заседаний экспортировано в {path}: {n}</translation>
    </message>
    <message>
        <source>Select one or more meetings in the Meetings list first.</source>
        <translation>Сначала выберите одно или несколько заседаний в списке «Заседания».</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Экспорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <source>Export meetings and dated actions as an iCalendar file</source>
        <translation>Экспортировать заседания и поручения со сроками в файл iCalendar</translation>
    </message>
    <message>
        <source>Export selected meetings to calendar…</source>
        <translation>Экспортировать выбранные заседания в календарь…</translation>
    </message>
    <message>
        <source>Export the meetings selected in the list (and their dated actions) as an iCalendar file</source>
        <translation>Экспортировать выбранные в списке заседания (и их поручения со сроками) в файл iCalendar</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Restart Council Desktop</source>
        <translation>Перезапуск Council Desktop</translation>
    </message>
    <message>
        <source>The new interface language is used after a restart. Restart now?</source>
        <translation>Новый язык интерфейса будет применён после перезапуска. Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <source>Database not moved</source>
        <translation>База данных не перемещена</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Settings file problems</source>
        <translation>Ошибки в файле настроек</translation>
    </message>
    <message>
        <source>Some settings could not be used, so their defaults apply.</source>
        <translation>Некоторые настройки не удалось применить, вместо них действуют значения по умолчанию.</translation>
    </message>
    <message>
        <source>Open Edit &gt; Preferences… and press OK to write a corrected settings file.</source>
        <translation>Откройте «Правка &gt; Настройки…» и нажмите «ОК», чтобы записать исправленный файл настроек.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Справки</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when Council Desktop restarts.</source>
        <translation>Новый язык интерфейса вступит в силу после перезапуска Council Desktop.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <source>Work on another database file</source>
        <translation>Работать с другим файлом базы данных</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Создать новую…</translation>
    </message>
    <message>
        <source>Start an empty database file</source>
        <translation>Создать пустой файл базы данных</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Переместить…</translation>
    </message>
    <message>
        <source>Move this database with its attachments and backups to another folder</source>
        <translation>Переместить базу данных вместе с вложениями и резервными копиями в другую папку</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>Brief &amp;language:</source>
        <translation>&amp;Язык справки:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>As recorded for each meeting</source>
        <translation>Как указано для заседания</translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation>&amp;Гриф секретности:</translation>
    </message>
    <message>
        <source>Beside the database (backups)</source>
        <translation>Рядом с базой данных (backups)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Папка резервных копий:</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Хранить &amp;ежедневных копий:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>Хранить е&amp;женедельных копий:</translation>
    </message>
    <message>
        <source>Some settings could not be used, so their defaults apply:</source>
        <translation>Некоторые настройки не удалось применить, вместо них действуют значения по умолчанию:</translation>
    </message>
    <message>
        <source>Saving these preferences writes a corrected settings file.</source>
        <translation>При сохранении настроек будет записан исправленный файл настроек.</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>The settings file could not be written: %1</source>
        <translation>Не удалось записать файл настроек: %1</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>в памяти</translation>
    </message>
    <message>
        <source>After OK, Council Desktop opens %1.</source>
        <translation>После нажатия «ОК» Council Desktop откроет %1.</translation>
    </message>
    <message>
        <source>After OK, Council Desktop creates and opens %1.</source>
        <translation>После нажатия «ОК» Council Desktop создаст и откроет %1.</translation>
    </message>
    <message>
        <source>After OK, this database moves to %1 with its attachments and backups.</source>
        <translation>После нажатия «ОК» база данных будет перемещена в %1 вместе с вложениями и резервными копиями.</translation>
    </message>
    <message>
        <source>Council Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Council Desktop (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Создать базу данных</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation>%1 уже существует. Выберите другое имя файла или откройте этот файл.</translation>
    </message>
    <message>
        <source>Move database to</source>
        <translation>Переместить базу данных в</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this database is open in {owner}. You can read and search; to edit, close the other window and reopen this one.</source>
        <translation>Только чтение: эта база данных уже открыта ({owner}). Записи можно просматривать и искать; чтобы вносить изменения, закройте другое окно и откройте базу заново.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>База данных только для чтения</translation>
    </message>
    <message>
        <source>another Council Desktop window</source>
        <translation>другое окно Council Desktop</translation>
    </message>
    <message>
        <source>Council Desktop (process {pid} on {host}, since {since})</source>
        <translation>Council Desktop, процесс {pid} на компьютере {host}, открыто с {since}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save this record (Ctrl+S)</source>
        <translation>Сохранить эту запись (Ctrl+S)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every change to this record: when, by whom, what</source>
        <translation>Все изменения этой записи: когда, кем и что изменено</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Не удаётся открыть запись</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>This database is open in another window; changes cannot be saved here.</source>
        <translation>Эта база данных открыта в другом окне; здесь изменения сохранить нельзя.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The record was not saved because:</source>
        <translation>Запись не сохранена по следующим причинам:</translation>
    </message>
    <message>
        <source>Your changes could not be saved.</source>
        <translation>Не удалось сохранить изменения.</translation>
    </message>
    <message>
        <source>Everything you typed is still in the form; you can try again.</source>
        <translation>Всё, что вы ввели, осталось в форме; можно попробовать ещё раз.</translation>
    </message>
    <message>
        <source>Read-only: another window has this database open.</source>
        <translation>Только чтение: база данных открыта в другом окне.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save (%1 problem(s)).</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить (ошибок: %1).</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter meetings…</source>
        <translation>Фильтр заседаний…</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Фильтр документов…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Быстрый фильтр</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before you go on?</source>
        <translation>В записи есть несохранённые изменения. Сохранить их, прежде чем продолжить?</translation>
    </message>
    <message>
        <source>Move the meeting “{title}” to the trash?</source>
        <translation>Переместить заседание «{title}» в корзину?</translation>
    </message>
    <message>
        <source>Move the document “{title}” to the trash?</source>
        <translation>Переместить документ «{title}» в корзину?</translation>
    </message>
    <message numerus="yes">
        <source>Move these %n meetings to the trash?</source>
        <translation>
            <numerusform>Переместить %n заседание в корзину?</numerusform>
            <numerusform>Переместить %n заседания в корзину?</numerusform>
            <numerusform>Переместить %n заседаний в корзину?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n documents to the trash?</source>
        <translation>
            <numerusform>Переместить %n документ в корзину?</numerusform>
            <numerusform>Переместить %n документа в корзину?</numerusform>
            <numerusform>Переместить %n документов в корзину?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the Trash page.</source>
        <translation>Их можно восстановить в разделе «Корзина».</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>You can restore it from the Trash page.</source>
        <translation>Её можно восстановить в разделе «Корзина».</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup. The backup is checked first; the current file is kept aside (renamed with the date and time), never overwritten.</source>
        <translation>Выберите резервную копию. Сначала она будет проверена; текущий файл не перезаписывается, а сохраняется отдельно (к имени добавляются дата и время).</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>Папка резервных копий: {folder}</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>В папке {folder} пока нет резервных копий.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Искать везде (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Every word matches the start of a word; all words must match; &quot;quoted words&quot; match as a phrase. Searches attached PDFs too.</source>
        <translation>Каждое слово ищется по началу слова; должны совпасть все слова; &quot;слова в кавычках&quot; ищутся как фраза. Поиск идёт и во вложенных PDF.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>Любой гриф</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message numerus="yes">
        <source>Meetings (%n)</source>
        <translation>
            <numerusform>Заседания (%n)</numerusform>
            <numerusform>Заседания (%n)</numerusform>
            <numerusform>Заседания (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Документы (%n)</numerusform>
            <numerusform>Документы (%n)</numerusform>
            <numerusform>Документы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached files (%n)</source>
        <translation>
            <numerusform>Вложенные файлы (%n)</numerusform>
            <numerusform>Вложенные файлы (%n)</numerusform>
            <numerusform>Вложенные файлы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>Keep typing: results come from three letters on (Enter searches now).</source>
        <translation>Продолжайте ввод: результаты появятся с трёх букв (Enter — искать сразу).</translation>
    </message>
    <message>
        <source>Type a name, a place or words from a record or an attached PDF in the search box. Every word matches the start of a word; &quot;quoted words&quot; match as a phrase.</source>
        <translation>Введите в поле поиска имя, место или слова из записи либо вложенного PDF. Каждое слово ищется по началу слова; &quot;слова в кавычках&quot; ищутся как фраза.</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>По запросу «%1» найден %n результат.</numerusform>
            <numerusform>По запросу «%1» найдено %n результата.</numerusform>
            <numerusform>По запросу «%1» найдено %n результатов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Council Desktop</source>
        <translation>Добро пожаловать в Council Desktop</translation>
    </message>
    <message>
        <source>The records of the Council of Foreign Ministers of the Organization of Turkic States: meetings, documents and what was agreed. Choose a page on the left, or press Ctrl+N to record a new meeting.</source>
        <translation>Документы Совета министров иностранных дел Организации тюркских государств: заседания, документы и принятые решения. Выберите раздел слева или нажмите Ctrl+N, чтобы внести новое заседание.</translation>
    </message>
    <message>
        <source>This file holds {meetings} meetings and {documents} documents.</source>
        <translation>В этом файле заседаний: {meetings}, документов: {documents}.</translation>
    </message>
</context>
<context>
    <name>SubTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ввер&amp;х</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Comma-separated, e.g. summit, energy</source>
        <translation>Через запятую, например: саммит, энергетика</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation>Уменьшить (Ctrl + колесо)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation>Увеличить (Ctrl + колесо)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show every meeting</source>
        <translation>Показать все заседания</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Загрузка заседаний…</translation>
    </message>
    <message>
        <source>No meetings match the filters.</source>
        <translation>Нет заседаний, отвечающих фильтрам.</translation>
    </message>
    <message>
        <source>Click a marker to see its meeting; double-click to open it. Click a number to zoom in on the meetings it counts. Ctrl + wheel zooms, dragging pans.</source>
        <translation>Щёлкните метку, чтобы увидеть заседание, дважды — чтобы открыть его. Щёлкните число, чтобы приблизить заседания, которые оно обозначает. Ctrl + колесо меняет масштаб, перетаскивание сдвигает.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Deleted meetings and documents stay here, with their participants, agenda, outcomes, actions, links and attachments, until you empty the trash.</source>
        <translation>Удалённые заседания и документы хранятся здесь вместе с участниками, повесткой дня, итогами, поручениями, связями и вложениями, пока корзина не будет очищена.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Put the selected records back, whole</source>
        <translation>Восстановить выбранные записи целиком</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Безвозвратно удалить всё содержимое корзины</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation>Запись «{title}» восстановлена.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message>
        <source>Delete {count} records in the trash for good? This cannot be undone (backups still hold them).</source>
        <translation>Безвозвратно удалить записи из корзины ({count})? Это действие нельзя отменить (в резервных копиях они сохранятся).</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Не удалось очистить корзину</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Coming up in the next %1 days</source>
        <translation>В ближайшие %1 дн.</translation>
    </message>
    <message>
        <source>%1  Action due: %2%3</source>
        <translation>%1  Срок поручения: %2%3</translation>
    </message>
    <message>
        <source>Nothing planned in the next %1 days.</source>
        <translation>В ближайшие %1 дн. ничего не запланировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) overdue — show Follow-up</source>
        <translation>
            <numerusform>Просрочено %n поручение — открыть «Контроль исполнения»</numerusform>
            <numerusform>Просрочено %n поручения — открыть «Контроль исполнения»</numerusform>
            <numerusform>Просрочено %n поручений — открыть «Контроль исполнения»</numerusform>
        </translation>
    </message>
</context>
</TS>
