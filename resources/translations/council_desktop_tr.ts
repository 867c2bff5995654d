<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Council Desktop</source>
        <translation>Council Desktop Hakkında</translation>
    </message>
    <message>
        <source>in memory (not saved)</source>
        <translation>bellekte (kaydedilmiyor)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Sürüm {version}</translation>
    </message>
    <message>
        <source>Records of the Council of Foreign Ministers of the Organization of Turkic States, kept offline.</source>
        <translation>Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi kayıtları, çevrim dışı tutulur.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Veritabanı dosyası</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Günlük dosyası</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisanslar</translation>
    </message>
    <message>
        <source>Council Desktop: MIT licence.</source>
        <translation>Council Desktop: MIT lisansı.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Sans, free licence (Bitstream Vera derived).</source>
        <translation>Yazı tipleri: DejaVu Sans, özgür lisans (Bitstream Vera türevi).</translation>
    </message>
    <message>
        <source>Icons: drawn for Council Desktop, CC0 1.0 (public domain).</source>
        <translation>Simgeler: Council Desktop için çizildi, CC0 1.0 (kamu malı).</translation>
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
        <translation>Veritabanı açılamıyor</translation>
    </message>
    <message>
        <source>The newest backup is from {date}. To restore it: council-desktop restore &quot;{path}&quot;</source>
        <translation>En yeni yedek {date} tarihli. Geri yüklemek için: council-desktop restore &quot;{path}&quot;</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dosya &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;ç</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Ko&amp;pyasını kaydet…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ka&amp;ldır</translation>
    </message>
    <message>
        <source>Save the new document first; then you can attach files to it.</source>
        <translation>Önce yeni belgeyi kaydedin; sonra ona dosya ekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Read-only: attachments can be opened but not changed.</source>
        <translation>Salt okunur: ekler açılabilir ama değiştirilemez.</translation>
    </message>
    <message>
        <source>Add files with the button or drag them here.</source>
        <translation>Dosyaları düğmeyle ekleyin ya da buraya sürükleyin.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sağlam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Eksik</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Bozuk</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bir dosya değil.</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Bazı dosyalar eklenmedi</translation>
    </message>
    <message>
        <source>This file does not match what was stored (it may be damaged). Open it anyway?</source>
        <translation>Bu dosya saklanan dosyayla eşleşmiyor (bozulmuş olabilir). Yine de açılsın mı?</translation>
    </message>
    <message>
        <source>This file does not match what was stored (it may be damaged). Save a copy anyway?</source>
        <translation>Bu dosya saklanan dosyayla eşleşmiyor (bozulmuş olabilir). Yine de kopyası kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Bozuk dosya</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Dosya açılamıyor</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file.</source>
        <translation>Bu bilgisayarda bu tür dosyayı açan bir program yok.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopyasını kaydet</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopya kaydedilmedi</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopya %1 konumuna kaydedildi</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Eki kaldır</translation>
    </message>
    <message>
        <source>Remove “%1” from this document?</source>
        <translation>“%1” bu belgeden kaldırılsın mı?</translation>
    </message>
    <message>
        <source>The attachment was not removed</source>
        <translation>Ek kaldırılmadı</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup failed</source>
        <translation>Yedekleme başarısız oldu</translation>
    </message>
    <message>
        <source>Backed up {meetings} meetings and {documents} documents to {path}</source>
        <translation>{meetings} toplantı ve {documents} belge {path} konumuna yedeklendi.</translation>
    </message>
    <message>
        <source>Attachment files missing from the backup</source>
        <translation>Yedekte eksik ek dosyaları</translation>
    </message>
    <message>
        <source>The backup was made in {path}, but {count} attachment file(s) were missing or damaged in the attachments folder, so they are NOT in it (their records are):</source>
        <translation>Yedek {path} konumuna alındı, ancak ekler klasöründe {count} ek dosyası eksik ya da bozuktu; bu dosyalar yedekte YOK (kayıtları var):</translation>
    </message>
    <message>
        <source>Run Tools &gt; Check database, and attach these files again from another copy.</source>
        <translation>Araçlar &gt; Veritabanını denetle&apos;yi çalıştırın ve bu dosyaları başka bir kopyadan yeniden ekleyin.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… ve {count} tane daha</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Geri yükleme yapılmadı</translation>
    </message>
    <message>
        <source>Restored without some attachment files</source>
        <translation>Bazı ek dosyaları olmadan geri yüklendi</translation>
    </message>
    <message>
        <source>The records were restored, but {count} attachment file(s) were already missing when the backup was made, so they could not be restored:</source>
        <translation>Kayıtlar geri yüklendi, ancak {count} ek dosyası yedek alınırken zaten eksikti; bu nedenle geri yüklenemedi:</translation>
    </message>
    <message>
        <source>Attach them again from another copy.</source>
        <translation>Bunları başka bir kopyadan yeniden ekleyin.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Geri yüklendi</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Veritabanını denetle</translation>
    </message>
    <message>
        <source>{count} problem(s) found:</source>
        <translation>{count} sorun bulundu:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Herhangi bir sorun bulunmadı.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Export brief</source>
        <translation>Brifing notu çıkar</translation>
    </message>
    <message>
        <source>Export briefing book</source>
        <translation>Brifing dosyası çıkar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Çıkar…</translation>
    </message>
    <message>
        <source>Brief of “{title}”</source>
        <translation>“{title}” brifing notu</translation>
    </message>
    <message>
        <source>A briefing book of several meetings</source>
        <translation>Birden çok toplantının brifing dosyası</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <source>The meetings selected in the list ({n})</source>
        <translation>Listede seçili toplantılar ({n})</translation>
    </message>
    <message>
        <source>Meetings chosen by dates, framework and tag:</source>
        <translation>Tarih, çerçeve ve etikete göre seçilen toplantılar:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Herhangi bir tarih</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Her çerçeve</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Her etiket</translation>
    </message>
    <message>
        <source>Briefing book</source>
        <translation>Brifing dosyası</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bitiş:</translation>
    </message>
    <message>
        <source>F&amp;ramework:</source>
        <translation>Çer&amp;çeve:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>Book &amp;title:</source>
        <translation>Dosya &amp;başlığı:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Language of the labels:</source>
        <translation>Etiketlerin &amp;dili:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kâğıt:</translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation>&amp;Gizlilik derecesi:</translation>
    </message>
    <message>
        <source>Append the PDF attachments of related documents as a&amp;nnexes</source>
        <translation>İlgili belgelerin PDF dosyalarını &amp;ek olarak koy</translation>
    </message>
    <message>
        <source>Meetings held {span}.</source>
        <translation>Toplantı tarihleri: {span}.</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Yazdırılacaklar</translation>
    </message>
    <message>
        <source>As recorded ({marking})</source>
        <translation>Kayıttaki gibi ({marking})</translation>
    </message>
    <message>
        <source>As recorded for each meeting</source>
        <translation>Her toplantının kendi derecesi</translation>
    </message>
    <message>
        <source>No meeting matches: change the dates, framework or tag.</source>
        <translation>Uyan toplantı yok: tarihleri, çerçeveyi ya da etiketi değiştirin.</translation>
    </message>
    <message>
        <source>1 meeting will be printed.</source>
        <translation>1 toplantı yazdırılacak.</translation>
    </message>
    <message>
        <source>{n} meetings will be printed.</source>
        <translation>{n} toplantı yazdırılacak.</translation>
    </message>
    <message>
        <source>Labels in {language}, on {paper} paper.</source>
        <translation>Etiketler: {language}; kâğıt: {paper}.</translation>
    </message>
    <message>
        <source>Marking: {marking}.</source>
        <translation>Gizlilik derecesi: {marking}.</translation>
    </message>
    <message>
        <source>PDF attachments of related documents are appended as annexes.</source>
        <translation>İlgili belgelerin PDF ekleri ek olarak konur.</translation>
    </message>
    <message>
        <source>No annexes.</source>
        <translation>Ek yok.</translation>
    </message>
    <message>
        <source>Cover title: {title}</source>
        <translation>Kapak başlığı: {title}</translation>
    </message>
    <message>
        <source>Meeting of {date}.</source>
        <translation>{date} tarihli toplantı.</translation>
    </message>
</context>
<context>
    <name>BriefExporter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>This meeting has unsaved changes; the brief is printed from the saved record. Save the changes first?</source>
        <translation>Bu toplantıda kaydedilmemiş değişiklikler var; brifing notu kayıtlı hâlinden hazırlanır. Önce değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>brifing-notu</translation>
    </message>
    <message>
        <source>Briefing book</source>
        <translation>Brifing dosyası</translation>
    </message>
    <message>
        <source>Select a meeting first: its brief is exported.</source>
        <translation>Önce bir toplantı seçin: brifing notu onun için hazırlanır.</translation>
    </message>
    <message>
        <source>A brief is being exported; wait until it is finished.</source>
        <translation>Bir brifing notu hazırlanıyor; bitmesini bekleyin.</translation>
    </message>
    <message>
        <source>Preparing the briefing book of {n} meetings…</source>
        <translation>{n} toplantılık brifing dosyası hazırlanıyor…</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>Brifing notu hazırlanıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Brifing notu çıkar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>The brief was not written</source>
        <translation>Brifing notu yazılamadı</translation>
    </message>
    <message>
        <source>The meeting is no longer in the database (it may have been deleted).</source>
        <translation>Toplantı artık veritabanında yok (silinmiş olabilir).</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}.</source>
        <translation>PDF {path} konumuna yazılamadı: {reason}.</translation>
    </message>
    <message>
        <source>The PDF was written to {path}.</source>
        <translation>PDF {path} konumuna yazıldı.</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>{pages} sayfa.</translation>
    </message>
    <message>
        <source>Annex {n} ({file}) was left out: {reason}</source>
        <translation>Ek {n} ({file}) eklenmedi: {reason}</translation>
    </message>
    <message>
        <source>Brief exported</source>
        <translation>Brifing notu çıkarıldı</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Şimdi açılsın mı?</translation>
    </message>
    <message>
        <source>The brief is open in your PDF viewer: print it from there.</source>
        <translation>Brifing notu PDF görüntüleyicinizde açıldı: oradan yazdırın.</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>PDF görüntüleyici yok</translation>
    </message>
    <message>
        <source>No program to open PDF files was found. The file is at {path}.</source>
        <translation>PDF dosyalarını açacak bir program bulunamadı. Dosya şurada: {path}.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF&apos;i farklı kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous year</source>
        <translation>Önceki yıl</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Önceki ay</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Sonraki ay</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Sonraki yıl</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Bugün</translation>
    </message>
    <message>
        <source>&amp;Go to date</source>
        <translation>&amp;Tarihe git</translation>
    </message>
    <message>
        <source>Double-click an entry to open its meeting.</source>
        <translation>Toplantıyı açmak için bir kayda çift tıklayın.</translation>
    </message>
    <message>
        <source>No meetings and no actions due on this day.</source>
        <translation>Bu gün için toplantı ya da süresi dolan eylem yok.</translation>
    </message>
    <message>
        <source>Action due: %1%2 [%3]</source>
        <translation>Süresi dolan eylem: %1%2 [%3]</translation>
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
        <translation>{value} bir tarih değil (YYYY-AA-GG bekleniyor)</translation>
    </message>
    <message>
        <source>{value} is not a real date (expected YYYY-MM-DD)</source>
        <translation>{value} geçerli bir tarih değil (YYYY-AA-GG bekleniyor)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>zorunludur</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>metin olmalı, {type} değil</translation>
    </message>
    <message>
        <source>contains a broken character (a lone UTF-16 surrogate); retype or remove it</source>
        <translation>bozuk bir karakter içeriyor (tek başına UTF-16 vekil karakteri); yeniden yazın veya silin</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} şunlardan biri değil: {choices}</translation>
    </message>
    <message>
        <source>{value} is not a known country code</source>
        <translation>{value} bilinen bir ülke kodu değil</translation>
    </message>
    <message>
        <source>{value} is not a known language code</source>
        <translation>{value} bilinen bir dil kodu değil</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>metinlerden oluşan bir liste olmalı</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>nesnelerden oluşan bir liste olmalı</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>metin olmalı</translation>
    </message>
    <message>
        <source>{value} is not a valid uuid</source>
        <translation>{value} geçerli bir uuid değil</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>0 veya daha büyük bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>bitiş tarihi başlangıç tarihinden önce</translation>
    </message>
    <message>
        <source>must be a document uuid</source>
        <translation>bir belge uuid&apos;si olmalı</translation>
    </message>
    <message>
        <source>no document with uuid {uuid}</source>
        <translation>{uuid} uuid&apos;li belge yok</translation>
    </message>
    <message>
        <source>no stored file with sha256 {sha}</source>
        <translation>sha256 değeri {sha} olan kayıtlı dosya yok</translation>
    </message>
    <message>
        <source>{value} is not known</source>
        <translation>{value} tanınmıyor</translation>
    </message>
    <message>
        <source>not on this document</source>
        <translation>bu belgeye ait değil</translation>
    </message>
    <message>
        <source>There is no meeting with uuid {uuid}.</source>
        <translation>{uuid} uuid&apos;li toplantı bulunamadı.</translation>
    </message>
    <message>
        <source>There is no document with uuid {uuid}.</source>
        <translation>{uuid} uuid&apos;li belge bulunamadı.</translation>
    </message>
    <message>
        <source>There is no action item with uuid {uuid}.</source>
        <translation>{uuid} uuid&apos;li görev bulunamadı.</translation>
    </message>
    <message>
        <source>There is no meeting with uuid {uuid} in the trash.</source>
        <translation>Çöp kutusunda {uuid} uuid&apos;li toplantı yok.</translation>
    </message>
    <message>
        <source>There is no document with uuid {uuid} in the trash.</source>
        <translation>Çöp kutusunda {uuid} uuid&apos;li belge yok.</translation>
    </message>
    <message>
        <source>There is no {record_type} with uuid {uuid} in the trash.</source>
        <translation>Çöp kutusunda {uuid} uuid&apos;li kayıt ({record_type}) yok.</translation>
    </message>
    <message>
        <source>There is no {record_type} with uuid {uuid}.</source>
        <translation>{uuid} uuid&apos;li kayıt ({record_type}) bulunamadı.</translation>
    </message>
    <message>
        <source>{value} is not a sha256 hash.</source>
        <translation>{value} bir sha256 özeti değil.</translation>
    </message>
    <message>
        <source>An in-memory database cannot hold attachments.</source>
        <translation>Bellekteki bir veritabanı ek dosya tutamaz.</translation>
    </message>
    <message>
        <source>{path} is not a readable file.</source>
        <translation>{path} okunabilir bir dosya değil.</translation>
    </message>
    <message>
        <source>The attachment&apos;s file is missing from {folder}.</source>
        <translation>Ekin dosyası {folder} klasöründe yok.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} bir klasör, veritabanı dosyası değil.</translation>
    </message>
    <message>
        <source>{path} is not a Council Desktop database (it is not an SQLite file).</source>
        <translation>{path} bir Council Desktop veritabanı değil (SQLite dosyası değil).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} bulunamadı.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>{path} açılamıyor: {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Council Desktop database ({reason}).</source>
        <translation>{path} hasarlı ya da bir Council Desktop veritabanı değil ({reason}).</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Council Desktop database.</source>
        <translation>{path} bir SQLite dosyası, ancak bir Council Desktop veritabanı değil.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Council Desktop. Install the newer version to open it; the file was not changed.</source>
        <translation>{path}, Council Desktop&apos;ın daha yeni bir sürümüyle yazılmış. Açmak için yeni sürümü kurun; dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>This database is open read-only (another Council Desktop window is using it).</source>
        <translation>Bu veritabanı salt okunur açık (başka bir Council Desktop penceresi kullanıyor).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>Disk dolu: hiçbir şey kaydedilmedi. Yer açıp yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only): nothing was saved.</source>
        <translation>Veritabanı dosyasına yazılamıyor (salt okunur): hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The database is busy in another program: nothing was saved. Try again.</source>
        <translation>Veritabanı başka bir programda kullanımda: hiçbir şey kaydedilmedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}): nothing was saved.</source>
        <translation>Veritabanı değişikliği kabul etmedi ({reason}): hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem} (and {n} more).</source>
        <translation>Hiçbir şey içe aktarılmadı: {problem} (ve {n} sorun daha).</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Hiçbir şey içe aktarılmadı: {problem}.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>bilinmeyen sorun</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} bulunamadı</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} UTF-8 metin değil</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{path} geçerli JSON değil (satır {line}, sütun {column}: {reason})</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object at the top level</source>
        <translation>{path} en üst düzeyde bir JSON nesnesi içermeli</translation>
    </message>
    <message>
        <source>{path} is not a Council Desktop exchange file (format is not {format})</source>
        <translation>{path} bir Council Desktop aktarım dosyası değil (biçim {format} değil)</translation>
    </message>
    <message>
        <source>{path}: version must be a whole number</source>
        <translation>{path}: version bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>{path} uses exchange format version {version}; this app reads up to {supported}</source>
        <translation>{path} aktarım biçiminin {version} sürümünü kullanıyor; bu uygulama en çok {supported} sürümünü okuyabilir</translation>
    </message>
    <message>
        <source>{path}: {key} must be a list of objects</source>
        <translation>{path}: {key} nesnelerden oluşan bir liste olmalı</translation>
    </message>
    <message>
        <source>{path}: the file changed while it was imported</source>
        <translation>{path}: dosya içe aktarılırken değişti</translation>
    </message>
    <message>
        <source>{entry}: kept the stored copy, which differs; the file&apos;s copy has no updated_at to show it is newer</source>
        <translation>{entry}: kayıtlı kopya korundu, dosyadakinden farklı; dosyadaki kopyanın daha yeni olduğunu gösteren updated_at yok</translation>
    </message>
    <message>
        <source>top level: unknown key {key} ignored</source>
        <translation>en üst düzey: bilinmeyen {key} anahtarı yok sayıldı</translation>
    </message>
    <message>
        <source>{record}: unknown key {key} ignored</source>
        <translation>{record}: bilinmeyen {key} anahtarı yok sayıldı</translation>
    </message>
    <message>
        <source>{list}[{n}]: uuid {uuid} is used twice in the file ({other})</source>
        <translation>{list}[{n}]: {uuid} uuid&apos;si dosyada iki kez kullanılmış ({other})</translation>
    </message>
    <message>
        <source>{record}: path is required to import the file&apos;s bytes</source>
        <translation>{record}: dosyanın içeriğini aktarmak için path zorunludur</translation>
    </message>
    <message>
        <source>{record}: path {file} points outside the import folder</source>
        <translation>{record}: {file} yolu içe aktarma klasörünün dışını gösteriyor</translation>
    </message>
    <message>
        <source>{record}: file {file} is missing</source>
        <translation>{record}: {file} dosyası yok</translation>
    </message>
    <message>
        <source>{record}: file {file} does not match its sha256</source>
        <translation>{record}: {file} dosyası sha256 değeriyle uyuşmuyor</translation>
    </message>
    <message>
        <source>The backup failed its integrity check ({result}); nothing was kept.</source>
        <translation>Yedek bütünlük denetiminden geçemedi ({result}); hiçbir şey saklanmadı.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Bellekteki bir veritabanı yedeklenemez.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} zaten var ve boş değil; yeni bir klasör seçin.</translation>
    </message>
    <message>
        <source>{path} holds no database backup.</source>
        <translation>{path} içinde veritabanı yedeği yok.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} bir veritabanı dosyası değil.</translation>
    </message>
    <message>
        <source>{path} has {n} broken reference(s) between records.</source>
        <translation>{path} içinde kayıtlar arasında {n} bozuk bağlantı var.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({reason}).</source>
        <translation>{path} hasarlı ya da bir veritabanı değil ({reason}).</translation>
    </message>
    <message>
        <source>attachment {sha}… is missing or damaged in the backup.</source>
        <translation>{sha}… ek dosyası yedekte yok ya da hasarlı.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem} (and {n} more problems) Nothing was changed; {name} is as it was.</source>
        <translation>Yedek geri yüklenemiyor: {problem} (ve {n} sorun daha) Hiçbir şey değiştirilmedi; {name} olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem} Nothing was changed; {name} is as it was.</source>
        <translation>Yedek geri yüklenemiyor: {problem} Hiçbir şey değiştirilmedi; {name} olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>{name} is open in {owner}. Close it first; nothing was changed.</source>
        <translation>{name} şurada açık: {owner}. Önce onu kapatın; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Checked {path}: integrity ok.</source>
        <translation>{path} denetlendi: bütünlük sağlam.</translation>
    </message>
    <message>
        <source>Kept the current file aside as {path}.</source>
        <translation>Geçerli dosya {path} adıyla kenara alındı.</translation>
    </message>
    <message>
        <source>Copied {n} attachment file(s) into place.</source>
        <translation>{n} ek dosya yerine kopyalandı.</translation>
    </message>
    <message>
        <source>Restored {path}: {meetings} meetings, {documents} documents.</source>
        <translation>{path} geri yüklendi: {meetings} toplantı, {documents} belge.</translation>
    </message>
    <message>
        <source>{n} attachment file(s) were already missing when the backup was made, so they could not be restored (their records were); attach them again from another copy:</source>
        <translation>Yedek alınırken {n} ek dosya zaten eksikti, bu yüzden geri yüklenemedi (kayıtları geri yüklendi); bunları başka bir kopyadan yeniden ekleyin:</translation>
    </message>
    <message>
        <source>{file} of document {title} (missing)</source>
        <translation>{title} belgesinin {file} dosyası (eksik)</translation>
    </message>
    <message>
        <source>{file} of document {title} (damaged)</source>
        <translation>{title} belgesinin {file} dosyası (hasarlı)</translation>
    </message>
    <message>
        <source>{file} of document {title}</source>
        <translation>{title} belgesinin {file} dosyası</translation>
    </message>
    <message>
        <source>attachment {sha}… (missing)</source>
        <translation>{sha}… ek dosyası (eksik)</translation>
    </message>
    <message>
        <source>attachment {sha}… (damaged)</source>
        <translation>{sha}… ek dosyası (hasarlı)</translation>
    </message>
    <message>
        <source>attachment {sha}…</source>
        <translation>{sha}… ek dosyası</translation>
    </message>
    <message>
        <source>another Council Desktop window</source>
        <translation>başka bir Council Desktop penceresi</translation>
    </message>
    <message>
        <source>Council Desktop (process {pid} on {host}, since {since})</source>
        <translation>Council Desktop ({host} bilgisayarında {pid} numaralı süreç, {since} itibarıyla)</translation>
    </message>
    <message>
        <source>The database cannot be read ({reason}); restore it from a backup.</source>
        <translation>Veritabanı okunamıyor ({reason}); yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>The check stopped with a database error: {reason}.</source>
        <translation>Denetim bir veritabanı hatasıyla durdu: {reason}.</translation>
    </message>
    <message>
        <source>Integrity check: {details}</source>
        <translation>Bütünlük denetimi: {details}</translation>
    </message>
    <message>
        <source>Broken reference: row {rowid} of {table} points to a missing row in {parent}.</source>
        <translation>Bozuk bağlantı: {table} tablosunun {rowid}. satırı {parent} tablosunda olmayan bir satırı gösteriyor.</translation>
    </message>
    <message>
        <source>Attachment {file} of {title} is missing ({sha}…).</source>
        <translation>{title} kaydının {file} eki eksik ({sha}…).</translation>
    </message>
    <message>
        <source>Attachment {file} of {title} is damaged: its bytes no longer match their sha256 ({sha}…).</source>
        <translation>{title} kaydının {file} eki hasarlı: içeriği artık sha256 değeriyle uyuşmuyor ({sha}…).</translation>
    </message>
    <message>
        <source>The search index is missing: run `council-desktop reindex`.</source>
        <translation>Arama dizini yok: `council-desktop reindex` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Search index: {entry} is not indexed.</source>
        <translation>Arama dizini: {entry} dizinde yok.</translation>
    </message>
    <message>
        <source>Search index: {entry} is indexed {n} times.</source>
        <translation>Arama dizini: {entry} dizinde {n} kez var.</translation>
    </message>
    <message>
        <source>Search index: {entry} is indexed with out-of-date text.</source>
        <translation>Arama dizini: {entry} dizinde eski metinle duruyor.</translation>
    </message>
    <message>
        <source>Search index: a row for {entry} belongs to no live record.</source>
        <translation>Arama dizini: {entry} için bir satır hiçbir geçerli kayda ait değil.</translation>
    </message>
    <message>
        <source>Search index: {entry} has out-of-date kind, date, country or classification for the search filters.</source>
        <translation>Arama dizini: {entry} için arama süzgeçlerindeki tür, tarih, ülke veya gizlilik derecesi güncel değil.</translation>
    </message>
    <message>
        <source>Search index: {n} rows are missing their other half.</source>
        <translation>Arama dizini: {n} satırın diğer yarısı eksik.</translation>
    </message>
    <message>
        <source>Run `council-desktop reindex` to rebuild the search index.</source>
        <translation>Arama dizinini yeniden oluşturmak için `council-desktop reindex` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>{source}: unknown setting {key} ignored</source>
        <translation>{source}: bilinmeyen {key} ayarı yok sayıldı</translation>
    </message>
    <message>
        <source>{source}: {setting} must be {type}, not {value}</source>
        <translation>{source}: {setting} {type} türünde olmalı, {value} değil</translation>
    </message>
    <message>
        <source>{source}: {setting} must be one of {choices}</source>
        <translation>{source}: {setting} şunlardan biri olmalı: {choices}</translation>
    </message>
    <message>
        <source>{source}: {setting} must be between {low} and {high}</source>
        <translation>{source}: {setting} {low} ile {high} arasında olmalı</translation>
    </message>
    <message>
        <source>{source}: {setting} {value} is not a usable path</source>
        <translation>{source}: {setting} için {value} kullanılabilir bir yol değil</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); its settings were ignored</source>
        <translation>{path} okunamıyor ({reason}); içindeki ayarlar yok sayıldı</translation>
    </message>
    <message>
        <source>{path} must hold a JSON object; its settings were ignored</source>
        <translation>{path} bir JSON nesnesi içermeli; içindeki ayarlar yok sayıldı</translation>
    </message>
    <message>
        <source>{path} does not exist, so it cannot be moved.</source>
        <translation>{path} bulunamadı, bu yüzden taşınamaz.</translation>
    </message>
    <message>
        <source>The database is already in that folder.</source>
        <translation>Veritabanı zaten o klasörde.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder so nothing is overwritten.</source>
        <translation>{path} zaten var; hiçbir şeyin üzerine yazılmaması için başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The database could not be moved to {folder} ({reason}); it is unchanged in its old place.</source>
        <translation>Veritabanı {folder} klasörüne taşınamadı ({reason}); eski yerinde, değişmeden duruyor.</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} yazılamıyor: {problem}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>bu bir klasör</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} bir klasör değil</translation>
    </message>
    <message>
        <source>no such folder {path}</source>
        <translation>{path} klasörü yok</translation>
    </message>
    <message>
        <source>A briefing book needs at least one meeting.</source>
        <translation>Brifing kitabı için en az bir toplantı gerekir.</translation>
    </message>
    <message>
        <source>{path} is damaged: {details}</source>
        <translation>{path} hasarlı: {details}</translation>
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
        <translation>toplantı {title}</translation>
    </message>
    <message>
        <source>document {title}</source>
        <translation>belge {title}</translation>
    </message>
    <message>
        <source>member state {code}</source>
        <translation>üye devlet {code}</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>toplantı</translation>
    </message>
    <message>
        <source>document</source>
        <translation>belge</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>görev</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ek dosya</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaycan</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kırgızistan</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Özbekistan</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Macaristan</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Türkmenistan</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Kıbrıs</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistan</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusya</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Çin</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Amerika Birleşik Devletleri</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Birleşik Krallık</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Almanya</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Fransa</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrayna</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gürcistan</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tacikistan</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>İran</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Moğolistan</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Suudi Arabistan</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Birleşik Arap Emirlikleri</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japonya</translation>
    </message>
    <message>
        <source>Republic of Korea</source>
        <translation>Kore Cumhuriyeti</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Hindistan</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Parties and languages</source>
        <translation>Taraflar ve diller</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>&amp;Sayı:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tari&amp;h:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Ye&amp;r:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Duru&amp;m:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>G&amp;izlilik:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Gizlilik derecesi</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Etiket&amp;ler:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Öz&amp;et:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <source>Member and observer states are listed first.</source>
        <translation>Üye ve gözlemci devletler önce listelenir.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Meetings that link this document:</source>
        <translation>Bu belgeye bağlı toplantılar:</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>&amp;Toplantıyı aç</translation>
    </message>
    <message>
        <source>(no meeting links this document)</source>
        <translation>(bu belgeye bağlı toplantı yok)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Toplantılar (%1)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Ekler (%1)</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Yeni belge</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Link documents</source>
        <translation>Belge bağla</translation>
    </message>
    <message>
        <source>Type part of a title, reference or place</source>
        <translation>Başlık, sayı ya da yer adından bir parça yazın</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Süz:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Bağla</translation>
    </message>
</context>
<context>
    <name>Durability</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Şimdi y&amp;edekle…</translation>
    </message>
    <message>
        <source>Back up the records and attachments now</source>
        <translation>Kayıtları ve ekleri şimdi yedekle</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Yedekten &amp;geri yükle…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Veritabanını &amp;denetle</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Kayıt &amp;geçmişi…</translation>
    </message>
    <message>
        <source>Put a backup in place of this database</source>
        <translation>Bu veritabanının yerine bir yedeği geri yükle</translation>
    </message>
    <message>
        <source>Check the file, its attachments and the search index</source>
        <translation>Dosyayı, eklerini ve arama dizinini denetle</translation>
    </message>
    <message>
        <source>Every change to the selected record</source>
        <translation>Seçili kayıtta yapılan tüm değişiklikler</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Summit</source>
        <translation>Zirve</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Olağan Toplantı</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Olağanüstü Toplantı</translation>
    </message>
    <message>
        <source>Informal meeting</source>
        <translation>Gayri Resmi Toplantı</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Tasnif Dışı</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Hizmete Özel</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Gizli</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Heyet Başkanı</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Heyet Üyesi</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Gözlemci</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Konuk</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Bildiri</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>İmzalanan belge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vazgeçildi</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Mutabakat Zaptı</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Yürürlükte</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Yenisiyle değiştirildi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Council Desktop. Your saved records are safe. The details were written to the log file:
{path}

If this keeps happening, please send that file to your IT support.</source>
        <translation>Council Desktop içinde bir sorun oluştu. Kaydettiğiniz kayıtlar güvende. Ayrıntılar günlük dosyasına yazıldı:
{path}

Bu durum tekrarlanırsa lütfen bu dosyayı bilgi işlem birimine gönderin.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: a part of it can no longer be read ({error}). Records in that part cannot be shown, and changes may not be saved.</source>
        <translation>{path} veritabanı dosyası bozuk: bir bölümü artık okunamıyor ({error}). O bölümdeki kayıtlar gösterilemez ve değişiklikler kaydedilemeyebilir.</translation>
    </message>
    <message>
        <source>No backup of this file was found. Close Council Desktop and ask your IT support to look at the file (council-desktop check names the damage).</source>
        <translation>Bu dosyanın yedeği bulunamadı. Council Desktop&apos;ı kapatın ve dosyaya bakması için BT destek ekibinize başvurun (council-desktop check hasarı gösterir).</translation>
    </message>
    <message>
        <source>The newest backup is from {date}: {path}
Restore it with File &gt; Restore from backup… (the damaged file is kept aside).</source>
        <translation>En yeni yedek {date} tarihli: {path}
Dosya &gt; Yedekten geri yükle… ile geri yükleyin (bozuk dosya kenara ayrılır).</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Veritabanı dosyası bozuk</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Toplantı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (gecikti)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Tamamlandı olarak işaretlendi: %1</translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation>Yeniden açıldı: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Sorumlu:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Tick an action to mark it done; double-click a row to open its meeting.</source>
        <translation>Tamamlanan eylemi işaretleyin; toplantısını açmak için satıra çift tıklayın.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tüm sorumlular</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Eylemler yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n geciken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Kayıt geçmişi</translation>
    </message>
    <message>
        <source>Changes to “{title}”, oldest first</source>
        <translation>“{title}” kaydındaki değişiklikler (en eskiden yeniye)</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>Tarih / alan</translation>
    </message>
    <message>
        <source>Who / from</source>
        <translation>Kim / eski değer</translation>
    </message>
    <message>
        <source>What / to</source>
        <translation>İşlem / yeni değer</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>çöp kutusuna taşındı</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>çöp kutusundan geri yüklendi</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>kalıcı olarak silindi</translation>
    </message>
    <message>
        <source>action item “{title}” {what}</source>
        <translation>“{title}” eylemi: {what}</translation>
    </message>
    <message>
        <source>No recorded changes</source>
        <translation>Kayıtlı değişiklik yok</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <source>Action due</source>
        <translation>Süresi dolan eylem</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerbaycan Türkçesi</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakça</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Kırgızca</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Özbekçe</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Macarca</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Türkmence</translation>
    </message>
</context>
<context>
    <name>LinkedDocuments</name>
    <message>
        <source>(document not found)</source>
        <translation>(belge bulunamadı)</translation>
    </message>
    <message>
        <source>(in the trash)</source>
        <translation>(çöp kutusunda)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Bağla…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>Bağı ka&amp;ldır</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;ç</translation>
    </message>
    <message>
        <source>Documents of the registry that belong to this meeting.</source>
        <translation>Bu toplantıya ait kayıtlı belgeler.</translation>
    </message>
    <message>
        <source>Document not found</source>
        <translation>Belge bulunamadı</translation>
    </message>
    <message>
        <source>This document was deleted for good. Unlink removes it from the meeting.</source>
        <translation>Bu belge kalıcı olarak silindi. “Bağı kaldır” onu toplantıdan çıkarır.</translation>
    </message>
    <message>
        <source>Document in the trash</source>
        <translation>Çöp kutusundaki belge</translation>
    </message>
    <message>
        <source>“%1” is in the trash; a read-only window cannot restore it.</source>
        <translation>“%1” çöp kutusunda; salt okunur bir pencere onu geri yükleyemez.</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Restore it and open it?</source>
        <translation>“%1” çöp kutusunda. Geri yüklenip açılsın mı?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Geri yüklenmedi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Çöp kutusu</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>bellekte</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>Kullanılan veritabanı dosyası</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>New meeting or document (on the page shown)</source>
        <translation>Yeni toplantı ya da belge (gösterilen sayfada)</translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation>Yeni &amp;toplantı</translation>
    </message>
    <message>
        <source>New d&amp;ocument</source>
        <translation>Yeni &amp;belge</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Save the record shown</source>
        <translation>Gösterilen kaydı kaydet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Seçili kayıtları çöp kutusuna taşı</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Kayıt bul</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Brifing notu yazdır…</translation>
    </message>
    <message>
        <source>Open the brief of the selected meeting in your PDF viewer, to print it</source>
        <translation>Seçili toplantının brifing notunu yazdırmak için PDF görüntüleyicide aç</translation>
    </message>
    <message>
        <source>Export &amp;brief…</source>
        <translation>Brifing &amp;notu çıkar…</translation>
    </message>
    <message>
        <source>Save the brief of the selected meeting as a PDF</source>
        <translation>Seçili toplantının brifing notunu PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Export briefing boo&amp;k…</source>
        <translation>Brifing &amp;dosyası çıkar…</translation>
    </message>
    <message>
        <source>Save several meetings&apos; briefs in one PDF</source>
        <translation>Birden çok toplantının brifing notlarını tek PDF&apos;te kaydet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>Import records from an exchange file (JSON)</source>
        <translation>Bir aktarım dosyasından (JSON) kayıt al</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Export every record to an exchange file (JSON)</source>
        <translation>Tüm kayıtları bir aktarım dosyasına (JSON) ver</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;About Council Desktop</source>
        <translation>Council Desktop &amp;Hakkında</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>Interface language, database file, brief defaults and backups</source>
        <translation>Arayüz dili, veritabanı dosyası, brifing notu varsayılanları ve yedekler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Kayıtlar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Kayıtları içe aktar</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Aktarım dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>{created} yeni, {updated} güncellenen, {unchanged} değişmeyen kayıt.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>İçe aktarma tamamlandı</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… ve {n} sorun daha.</translation>
    </message>
    <message>
        <source>The file was not changed and nothing was saved.</source>
        <translation>Dosya değiştirilmedi, hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Kayıtları dışa aktar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktarma</translation>
    </message>
    <message>
        <source>{n} records exported to {path}</source>
        <translation>{n} kayıt {path} dosyasına aktarıldı</translation>
    </message>
    <message>
        <source>Exported without some attachment files</source>
        <translation>Bazı ek dosyaları olmadan dışa aktarıldı</translation>
    </message>
    <message>
        <source>Attach the missing files again, then export once more.</source>
        <translation>Eksik dosyaları yeniden ekleyin, sonra bir kez daha dışa aktarın.</translation>
    </message>
    <message>
        <source>{name}[*] — Council Desktop</source>
        <translation>{name}[*] — Council Desktop</translation>
    </message>
    <message>
        <source>{meetings} meetings · {documents} documents · {trash} in trash</source>
        <translation>{meetings} toplantı · {documents} belge · çöp kutusunda {trash}</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Print a brief of this meeting (save it first)</source>
        <translation>Bu toplantının brifing notunu yazdır (önce kaydedin)</translation>
    </message>
    <message>
        <source>The &quot;2&quot; of &quot;2nd Extraordinary Meeting&quot;</source>
        <translation>&quot;2. Olağanüstü Toplantı&quot; içindeki &quot;2&quot;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Sıra no</translation>
    </message>
    <message>
        <source>St&amp;arts on:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>Biti&amp;ş:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Duru&amp;m:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Gizlilik derecesi</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>Ev &amp;sahibi:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Cha&amp;ir:</source>
        <translation>Başka&amp;n:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Başkan</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Çerçeve</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiketler:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Export brief…</source>
        <translation>Brifing notu çıkar…</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <source>Num&amp;ber:</source>
        <translation>Sıra n&amp;o:</translation>
    </message>
    <message>
        <source>Cla&amp;ssification:</source>
        <translation>G&amp;izlilik:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Ülke:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>Ye&amp;r:</translation>
    </message>
    <message>
        <source>Frame&amp;work:</source>
        <translation>Çerçe&amp;ve:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Özet:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad Soyad</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Unvan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Madde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tarih yok</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni toplantı</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Katılımcılar (%1)</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Gündem (%1)</translation>
    </message>
    <message>
        <source>Outcomes (%1)</source>
        <translation>Sonuçlar (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Eylemler (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Belgeler (%1)</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Tarih yok</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Remove the date (or press Delete in the date)</source>
        <translation>Tarihi kaldır (ya da tarih alanında Delete tuşuna basın)</translation>
    </message>
    <message>
        <source>Press Delete to remove the date</source>
        <translation>Tarihi kaldırmak için Delete tuşuna basın</translation>
    </message>
</context>
<context>
    <name>OrdinalSpin</name>
    <message>
        <source>None</source>
        <translation>Yok</translation>
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
        <translation>Bu görünüm henüz hazır değil; yeri burada ayrıldı.</translation>
    </message>
</context>
<context>
    <name>PlanningPages</name>
    <message>
        <source>Export calendar</source>
        <translation>Takvimi dışa aktar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar dosyaları (*.ics)</translation>
    </message>
    <message>
        <source>{n} meetings exported to {path}</source>
        <translation>{n} toplantı {path} dosyasına aktarıldı</translation>
    </message>
    <message>
        <source>Select one or more meetings in the Meetings list first.</source>
        <translation>Önce Toplantılar listesinden bir veya daha fazla toplantı seçin.</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>&amp;Takvimi dışa aktar (.ics)…</translation>
    </message>
    <message>
        <source>Export meetings and dated actions as an iCalendar file</source>
        <translation>Toplantıları ve tarihli eylemleri iCalendar dosyası olarak ver</translation>
    </message>
    <message>
        <source>Export selected meetings to calendar…</source>
        <translation>Seçili toplantıları takvime aktar…</translation>
    </message>
    <message>
        <source>Export the meetings selected in the list (and their dated actions) as an iCalendar file</source>
        <translation>Listede seçili toplantıları (ve tarihli eylemlerini) iCalendar dosyası olarak dışa aktarır</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Restart Council Desktop</source>
        <translation>Council Desktop’ı yeniden başlat</translation>
    </message>
    <message>
        <source>The new interface language is used after a restart. Restart now?</source>
        <translation>Yeni arayüz dili yeniden başlatmadan sonra kullanılır. Şimdi yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Şimdi &amp;yeniden başlat</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <source>Database not moved</source>
        <translation>Veritabanı taşınmadı</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Veritabanı açılamıyor</translation>
    </message>
    <message>
        <source>Settings file problems</source>
        <translation>Ayar dosyasında sorunlar</translation>
    </message>
    <message>
        <source>Some settings could not be used, so their defaults apply.</source>
        <translation>Bazı ayarlar kullanılamadı; yerlerine varsayılan değerler geçerli.</translation>
    </message>
    <message>
        <source>Open Edit &gt; Preferences… and press OK to write a corrected settings file.</source>
        <translation>Düzeltilmiş bir ayar dosyası yazmak için Düzen &gt; Tercihler… penceresini açıp Tamam’a basın.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Brifing notları</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Sistemle aynı (%1)</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Arayüz &amp;dili:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when Council Desktop restarts.</source>
        <translation>Yeni arayüz dili Council Desktop yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Veritabanı dosyası:</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Başka birini aç…</translation>
    </message>
    <message>
        <source>Work on another database file</source>
        <translation>Başka bir veritabanı dosyasıyla çalış</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Yeni oluştur…</translation>
    </message>
    <message>
        <source>Start an empty database file</source>
        <translation>Boş bir veritabanı dosyası başlat</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Taşı…</translation>
    </message>
    <message>
        <source>Move this database with its attachments and backups to another folder</source>
        <translation>Bu veritabanını ekleri ve yedekleriyle birlikte başka bir klasöre taşı</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Kuruluş:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <source>Brief &amp;language:</source>
        <translation>Brifing notu &amp;dili:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kâğıt:</translation>
    </message>
    <message>
        <source>As recorded for each meeting</source>
        <translation>Her toplantının kendi derecesi</translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation>&amp;Gizlilik derecesi:</translation>
    </message>
    <message>
        <source>Beside the database (backups)</source>
        <translation>Veritabanının yanında (backups)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Yedek &amp;klasörü:</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Saklanan &amp;günlük yedek:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>Saklanan &amp;haftalık yedek:</translation>
    </message>
    <message>
        <source>Some settings could not be used, so their defaults apply:</source>
        <translation>Bazı ayarlar kullanılamadı; yerlerine varsayılan değerler geçerli:</translation>
    </message>
    <message>
        <source>Saving these preferences writes a corrected settings file.</source>
        <translation>Bu tercihleri kaydettiğinizde düzeltilmiş bir ayar dosyası yazılır.</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Tercihler kaydedilmedi</translation>
    </message>
    <message>
        <source>The settings file could not be written: %1</source>
        <translation>Ayar dosyası yazılamadı: %1</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>bellekte</translation>
    </message>
    <message>
        <source>After OK, Council Desktop opens %1.</source>
        <translation>Tamam’a bastığınızda Council Desktop %1 dosyasını açar.</translation>
    </message>
    <message>
        <source>After OK, Council Desktop creates and opens %1.</source>
        <translation>Tamam’a bastığınızda Council Desktop %1 dosyasını oluşturup açar.</translation>
    </message>
    <message>
        <source>After OK, this database moves to %1 with its attachments and backups.</source>
        <translation>Tamam’a bastığınızda bu veritabanı ekleri ve yedekleriyle birlikte %1 klasörüne taşınır.</translation>
    </message>
    <message>
        <source>Council Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Council Desktop veritabanları (*.sqlite *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Veritabanı aç</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Veritabanı oluştur</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it instead.</source>
        <translation>%1 zaten var. Yeni bir dosya adı seçin ya da bu dosyayı açın.</translation>
    </message>
    <message>
        <source>Move database to</source>
        <translation>Veritabanının taşınacağı klasör</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this database is open in {owner}. You can read and search; to edit, close the other window and reopen this one.</source>
        <translation>Salt okunur: bu veritabanı başka bir yerde açık ({owner}). Kayıtları okuyabilir ve arayabilirsiniz; düzenlemek için diğer pencereyi kapatıp bu dosyayı yeniden açın.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Salt okunur veritabanı</translation>
    </message>
    <message>
        <source>another Council Desktop window</source>
        <translation>başka bir Council Desktop penceresi</translation>
    </message>
    <message>
        <source>Council Desktop (process {pid} on {host}, since {since})</source>
        <translation>Council Desktop, {host} bilgisayarında {pid} numaralı işlem, açılış: {since}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save this record (Ctrl+S)</source>
        <translation>Bu kaydı kaydet (Ctrl+S)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geçmiş…</translation>
    </message>
    <message>
        <source>Every change to this record: when, by whom, what</source>
        <translation>Bu kayıtta yapılan tüm değişiklikler: ne zaman, kim tarafından, ne</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Başlıksız</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Kayıt açılamıyor</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <source>This database is open in another window; changes cannot be saved here.</source>
        <translation>Bu veritabanı başka bir pencerede açık; değişiklikler burada kaydedilemez.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>The record was not saved because:</source>
        <translation>Kayıt şu nedenlerle kaydedilmedi:</translation>
    </message>
    <message>
        <source>Your changes could not be saved.</source>
        <translation>Değişiklikleriniz kaydedilemedi.</translation>
    </message>
    <message>
        <source>Everything you typed is still in the form; you can try again.</source>
        <translation>Yazdığınız her şey formda duruyor; yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Read-only: another window has this database open.</source>
        <translation>Salt okunur: bu veritabanı başka bir pencerede açık.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save (%1 problem(s)).</source>
        <translation>Kaydetmek için işaretli alanları düzeltin (%1 sorun).</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Bu alan zorunludur.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Satır %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter meetings…</source>
        <translation>Toplantıları süz…</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Belgeleri süz…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Hızlı süzgeç</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before you go on?</source>
        <translation>Bu kayıtta kaydedilmemiş değişiklikler var. Devam etmeden önce kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Move the meeting “{title}” to the trash?</source>
        <translation>“{title}” toplantısı çöp kutusuna taşınsın mı?</translation>
    </message>
    <message>
        <source>Move the document “{title}” to the trash?</source>
        <translation>“{title}” belgesi çöp kutusuna taşınsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>Move these %n meetings to the trash?</source>
        <translation>
            <numerusform>Seçili %n toplantı çöp kutusuna taşınsın mı?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n documents to the trash?</source>
        <translation>
            <numerusform>Seçili %n belge çöp kutusuna taşınsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the Trash page.</source>
        <translation>Bunları Çöp kutusu sayfasından geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>You can restore it from the Trash page.</source>
        <translation>Çöp kutusu sayfasından geri alabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sayı</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <source>Choose a backup. The backup is checked first; the current file is kept aside (renamed with the date and time), never overwritten.</source>
        <translation>Bir yedek seçin. Yedek önce denetlenir; mevcut dosya silinmez ve üzerine yazılmaz, tarih ve saat eklenerek yeniden adlandırılıp saklanır.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>günlük</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>sürüm yükseltmesi öncesi</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosya</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>Yedek klasörü: {folder}</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>{folder} klasöründe henüz yedek yok.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Her yerde ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Every word matches the start of a word; all words must match; &quot;quoted words&quot; match as a phrase. Searches attached PDFs too.</source>
        <translation>Her sözcük bir sözcüğün başıyla eşleşir; tüm sözcükler eşleşmelidir; &quot;tırnak içindeki sözcükler&quot; öbek olarak aranır. Ekli PDF dosyalarında da arar.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tüm kayıt türleri</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Toplantılar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ekli dosyalar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tüm toplantı ve belge türleri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tüm ülkeler</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Gizlilik derecesi</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>Her gizlilik derecesi</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Süzgeçleri temizle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>her tarih</translation>
    </message>
    <message numerus="yes">
        <source>Meetings (%n)</source>
        <translation>
            <numerusform>Toplantılar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Belgeler (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached files (%n)</source>
        <translation>
            <numerusform>Ekli dosyalar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 içinde</translation>
    </message>
    <message>
        <source>Keep typing: results come from three letters on (Enter searches now).</source>
        <translation>Yazmaya devam edin: sonuçlar üç harften sonra gelir (Enter hemen arar).</translation>
    </message>
    <message>
        <source>Type a name, a place or words from a record or an attached PDF in the search box. Every word matches the start of a word; &quot;quoted words&quot; match as a phrase.</source>
        <translation>Arama kutusuna bir ad, bir yer ya da bir kayıttan veya ekli PDF’ten sözcükler yazın. Her sözcük bir sözcüğün başıyla eşleşir; &quot;tırnak içindeki sözcükler&quot; öbek olarak aranır.</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>“%1” ile eşleşen kayıt yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>“%1” için %n sonuç.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Council Desktop</source>
        <translation>Council Desktop’a hoş geldiniz</translation>
    </message>
    <message>
        <source>The records of the Council of Foreign Ministers of the Organization of Turkic States: meetings, documents and what was agreed. Choose a page on the left, or press Ctrl+N to record a new meeting.</source>
        <translation>Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi kayıtları: toplantılar, belgeler ve alınan kararlar. Soldan bir sayfa seçin ya da yeni bir toplantı kaydetmek için Ctrl+N tuşlarına basın.</translation>
    </message>
    <message>
        <source>This file holds {meetings} meetings and {documents} documents.</source>
        <translation>Bu dosyada {meetings} toplantı ve {documents} belge var.</translation>
    </message>
</context>
<context>
    <name>SubTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ka&amp;ldır</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Yukarı &amp;taşı</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Aşağ&amp;ı taşı</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Comma-separated, e.g. summit, energy</source>
        <translation>Virgülle ayırın, ör. zirve, enerji</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Tag:</source>
        <translation>Etiket:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Ülke:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Başlangıç:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bitiş:</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation>Uzaklaştır (Ctrl + tekerlek)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation>Yakınlaştır (Ctrl + tekerlek)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tümünü sığdır</translation>
    </message>
    <message>
        <source>Show every meeting</source>
        <translation>Tüm toplantıları göster</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tüm ülkeler</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Toplantılar yükleniyor…</translation>
    </message>
    <message>
        <source>No meetings match the filters.</source>
        <translation>Süzgeçlere uyan toplantı yok.</translation>
    </message>
    <message>
        <source>Click a marker to see its meeting; double-click to open it. Click a number to zoom in on the meetings it counts. Ctrl + wheel zooms, dragging pans.</source>
        <translation>Toplantıyı görmek için bir işarete tıklayın, açmak için çift tıklayın. Saydığı toplantılara yakınlaşmak için bir sayıya tıklayın. Ctrl + tekerlek yakınlaştırır, sürüklemek kaydırır.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Çöp kutusu</translation>
    </message>
    <message>
        <source>Deleted meetings and documents stay here, with their participants, agenda, outcomes, actions, links and attachments, until you empty the trash.</source>
        <translation>Silinen toplantılar ve belgeler; katılımcıları, gündemleri, sonuçları, eylemleri, bağlantıları ve ekleriyle birlikte, çöp kutusu boşaltılana kadar burada saklanır.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinme tarihi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Put the selected records back, whole</source>
        <translation>Seçili kayıtları tüm içerikleriyle geri yükle</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Çöp kutusunu boşalt…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Çöp kutusundaki her şeyi kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Toplantı</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Geri yüklenemedi</translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation>“{title}” geri yüklendi.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Çöp kutusunu boşalt</translation>
    </message>
    <message>
        <source>Delete {count} records in the trash for good? This cannot be undone (backups still hold them).</source>
        <translation>Çöp kutusundaki {count} kayıt kalıcı olarak silinsin mi? Bu işlem geri alınamaz (kayıtlar yedeklerde kalır).</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Çöp kutusu boşaltılamadı</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenlemesi</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Coming up in the next %1 days</source>
        <translation>Önümüzdeki %1 gün içinde</translation>
    </message>
    <message>
        <source>%1  Action due: %2%3</source>
        <translation>%1  Süresi dolan eylem: %2%3</translation>
    </message>
    <message>
        <source>Nothing planned in the next %1 days.</source>
        <translation>Önümüzdeki %1 gün içinde planlanmış bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) overdue — show Follow-up</source>
        <translation>
            <numerusform>%n açık eylemin süresi geçti — Takip’i göster</numerusform>
        </translation>
    </message>
</context>
</TS>
