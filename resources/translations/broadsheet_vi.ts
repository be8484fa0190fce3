<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Broadsheet::Comments</name>
    <message>
        <source>The site answered with something Broadsheet could not read.</source>
        <translation>Trang web trả về nội dung mà Broadsheet không đọc được.</translation>
    </message>
    <message>
        <source>This site has no comment form at %1.</source>
        <translation>Trang này không có ô bình luận tại %1.</translation>
    </message>
    <message>
        <source>Comments are closed for this article.</source>
        <translation>Bài viết này đã đóng bình luận.</translation>
    </message>
    <message>
        <source>The site already has this comment: it was posted before, so it was not sent again.</source>
        <translation>Trang web đã có bình luận này: nó đã được gửi trước đó nên không gửi lại nữa.</translation>
    </message>
    <message>
        <source>The site says you are posting comments too quickly. Your comment is kept and will be sent again in a moment.</source>
        <translation>Trang web báo bạn gửi bình luận quá nhanh. Bình luận của bạn vẫn được giữ lại và sẽ được gửi lại sau ít phút.</translation>
    </message>
    <message>
        <source>The site did not accept the email address. Please check it.</source>
        <translation>Trang web không chấp nhận địa chỉ email. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <source>The site needs your name and email address.</source>
        <translation>Trang web cần tên và địa chỉ email của bạn.</translation>
    </message>
    <message>
        <source>Your name is too long for the site (at most 245 characters).</source>
        <translation>Tên của bạn quá dài so với giới hạn của trang web (tối đa 245 ký tự).</translation>
    </message>
    <message>
        <source>Your email address is too long for the site (at most 100 characters).</source>
        <translation>Địa chỉ email của bạn quá dài so với giới hạn của trang web (tối đa 100 ký tự).</translation>
    </message>
    <message>
        <source>The website address is too long for the site (at most 200 characters).</source>
        <translation>Địa chỉ trang web quá dài so với giới hạn của trang (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <source>Your comment is too long for the site (at most 65,525 bytes).</source>
        <translation>Bình luận của bạn quá dài so với giới hạn của trang web (tối đa 65.525 byte).</translation>
    </message>
    <message>
        <source>The site did not accept the comment: it is empty.</source>
        <translation>Trang web không nhận bình luận vì bình luận trống.</translation>
    </message>
    <message>
        <source>This site takes comments only from signed-in users. Sign in with an application password in Settings → Sites, or let Broadsheet use the site&apos;s comment form.</source>
        <translation>Trang này chỉ nhận bình luận từ người dùng đã đăng nhập. Hãy đăng nhập bằng mật khẩu ứng dụng trong Cài đặt → Trang, hoặc để Broadsheet dùng ô bình luận của trang.</translation>
    </message>
    <message>
        <source>This site takes comments only from signed-in users.</source>
        <translation>Trang này chỉ nhận bình luận từ người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>The site does not know this article any more, so it cannot take comments on it.</source>
        <translation>Trang web không còn bài viết này nên không thể nhận bình luận cho nó.</translation>
    </message>
    <message>
        <source>The site did not accept the user name or application password.</source>
        <translation>Trang web không chấp nhận tên người dùng hoặc mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>The site did not take the comment: %1</source>
        <translation>Trang web không nhận bình luận: %1</translation>
    </message>
    <message>
        <source>The site did not take the comment (%1).</source>
        <translation>Trang web không nhận bình luận (%1).</translation>
    </message>
    <message>
        <source>The site did not take the comment and did not say why.</source>
        <translation>Trang web không nhận bình luận và không cho biết lý do.</translation>
    </message>
    <message>
        <source>No address is set for this site&apos;s comment API. Set it in Settings → Sites.</source>
        <translation>Chưa đặt địa chỉ API bình luận cho trang này. Hãy đặt trong Cài đặt → Trang.</translation>
    </message>
    <message>
        <source>Broadsheet does not know this article&apos;s number on the site, so it cannot post a comment to it.</source>
        <translation>Broadsheet không biết số hiệu của bài viết này trên trang nên không thể gửi bình luận cho nó.</translation>
    </message>
    <message>
        <source>The address of this site&apos;s WordPress REST API is not known.</source>
        <translation>Chưa biết địa chỉ WordPress REST API của trang này.</translation>
    </message>
    <message>
        <source>The address of this site&apos;s comment form is not known.</source>
        <translation>Chưa biết địa chỉ ô bình luận của trang này.</translation>
    </message>
    <message>
        <source>Broadsheet does not know this article&apos;s id on the site.</source>
        <translation>Broadsheet không biết mã của bài viết này trên trang.</translation>
    </message>
    <message>
        <source>The site&apos;s list of comments could not be read (%1).</source>
        <translation>Không đọc được danh sách bình luận của trang (%1).</translation>
    </message>
    <message>
        <source>The site&apos;s list of comments could not be read (no &quot;comments&quot; list).</source>
        <translation>Không đọc được danh sách bình luận của trang (không có danh sách &quot;comments&quot;).</translation>
    </message>
    <message>
        <source>The site&apos;s list of comments could not be read (not a list).</source>
        <translation>Không đọc được danh sách bình luận của trang (không phải một danh sách).</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Broadsheet keeps passwords only in the keychain, so it cannot sign in to the site.</source>
        <translation>Không dùng được kho mật khẩu của hệ thống (%1). Broadsheet chỉ lưu mật khẩu trong kho mật khẩu nên không thể đăng nhập vào trang.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Vui lòng nhập tên của bạn.</translation>
    </message>
    <message>
        <source>Your name is too long (at most 245 characters).</source>
        <translation>Tên của bạn quá dài (tối đa 245 ký tự).</translation>
    </message>
    <message>
        <source>Please enter your email address.</source>
        <translation>Vui lòng nhập địa chỉ email của bạn.</translation>
    </message>
    <message>
        <source>Your email address is too long (at most 100 characters).</source>
        <translation>Địa chỉ email của bạn quá dài (tối đa 100 ký tự).</translation>
    </message>
    <message>
        <source>Please enter a valid email address.</source>
        <translation>Vui lòng nhập một địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>The website address is too long (at most 200 characters).</source>
        <translation>Địa chỉ trang web quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <source>Please enter a web address starting with http:// or https://.</source>
        <translation>Vui lòng nhập địa chỉ web bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>Please type your comment.</source>
        <translation>Vui lòng nhập bình luận của bạn.</translation>
    </message>
    <message>
        <source>Your comment is too long (at most 65,525 bytes).</source>
        <translation>Bình luận của bạn quá dài (tối đa 65.525 byte).</translation>
    </message>
    <message>
        <source>Commenting from Broadsheet is off for this site: no way to send it comments is known.</source>
        <translation>Tính năng bình luận từ Broadsheet đang tắt cho trang này: chưa biết cách nào để gửi bình luận đến trang.</translation>
    </message>
    <message>
        <source>Commenting from Broadsheet is off for this site (%1). Turn it on in its comment settings.</source>
        <translation>Tính năng bình luận từ Broadsheet đang tắt cho trang này (%1). Hãy bật trong phần cài đặt bình luận của trang.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Comments::ArticleLocator</name>
    <message>
        <source>Nothing to follow was found there.</source>
        <translation>Không tìm thấy gì để theo dõi ở đó.</translation>
    </message>
    <message>
        <source>Post %1 is not among the articles of this site in the library. Refresh the site and try again.</source>
        <translation>Bài %1 không có trong số bài viết của trang này trong thư viện. Hãy làm mới trang rồi thử lại.</translation>
    </message>
    <message>
        <source>A WordPress post id is a number, not “%1”.</source>
        <translation>Mã bài viết WordPress là một con số, không phải “%1”.</translation>
    </message>
    <message>
        <source>Post %1 could not be read from the site: %2</source>
        <translation>Không đọc được bài %1 từ trang: %2</translation>
    </message>
    <message>
        <source>Post %1 could not be read from the site.</source>
        <translation>Không đọc được bài %1 từ trang.</translation>
    </message>
    <message>
        <source>Post %1 could not be stored.</source>
        <translation>Không lưu được bài %1.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Comments::HttpBackendClient</name>
    <message>
        <source>Broadsheet sends your password only over a secure (https) connection, and this site&apos;s address is not secure.</source>
        <translation>Broadsheet chỉ gửi mật khẩu của bạn qua kết nối an toàn (https), mà địa chỉ của trang này không an toàn.</translation>
    </message>
    <message>
        <source>Signing in needs the system keychain, which is not available.</source>
        <translation>Cần kho mật khẩu của hệ thống để đăng nhập, nhưng hiện không dùng được.</translation>
    </message>
    <message>
        <source>You are set to sign in to this site, but no user name and application password are stored. Sign in again in Settings → Sites.</source>
        <translation>Bạn đã chọn đăng nhập vào trang này nhưng chưa lưu tên người dùng và mật khẩu ứng dụng. Hãy đăng nhập lại trong Cài đặt → Trang.</translation>
    </message>
    <message>
        <source>The site already had this comment, so it was not sent twice.</source>
        <translation>Trang web đã có bình luận này nên không gửi hai lần.</translation>
    </message>
    <message>
        <source>Your comment is published.</source>
        <translation>Bình luận của bạn đã được đăng.</translation>
    </message>
    <message>
        <source>Your comment was received and is awaiting moderation.</source>
        <translation>Trang đã nhận bình luận của bạn và bình luận đang chờ kiểm duyệt.</translation>
    </message>
    <message>
        <source>The site already had this comment, so it was not sent twice. It may be awaiting moderation.</source>
        <translation>Trang web đã có bình luận này nên không gửi hai lần. Có thể bình luận đang chờ kiểm duyệt.</translation>
    </message>
    <message>
        <source>Broadsheet could not check whether your comment reached the site: %1</source>
        <translation>Broadsheet không kiểm tra được bình luận của bạn đã tới trang hay chưa: %1</translation>
    </message>
    <message>
        <source>Broadsheet has no way to read this site&apos;s comments.</source>
        <translation>Broadsheet không có cách nào để đọc bình luận của trang này.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Comments::KeychainCredentialStore</name>
    <message>
        <source>The keychain entry for this site is damaged; please sign in again.</source>
        <translation>Mục lưu trong kho mật khẩu cho trang này bị hỏng; vui lòng đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Comments::OriginResolver</name>
    <message>
        <source>What was found could not be saved.</source>
        <translation>Không thể lưu những gì đã tìm thấy.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Comments::Outbox</name>
    <message>
        <source>Your comment could not be saved: %1</source>
        <translation>Không lưu được bình luận của bạn: %1</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>trong giây lát</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>sau %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>sau %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>sau %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Your comment is saved in your library and on its way to the site.</source>
        <translation>Bình luận của bạn đã được lưu trong thư viện và đang được gửi tới trang.</translation>
    </message>
    <message>
        <source>Your comment was not posted: %1</source>
        <translation>Bình luận của bạn chưa được đăng: %1</translation>
    </message>
    <message>
        <source>%1 It is kept and will be checked again %2.</source>
        <translation>%1 Bình luận vẫn được giữ lại và sẽ được kiểm tra lại %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Broadsheet gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Broadsheet đã dừng lại sau %n lần thử.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your comment could not be sent yet: %1 It is kept and will be sent again %2.</source>
        <translation>Chưa gửi được bình luận của bạn: %1 Bình luận vẫn được giữ lại và sẽ được gửi lại %2.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Comments::SiteCommentSettings</name>
    <message>
        <source>This site is no longer in the library.</source>
        <translation>Trang này không còn trong thư viện.</translation>
    </message>
    <message>
        <source>Broadsheet sends a password only over a secure (https) connection or to this computer, and this site&apos;s address is not secure.</source>
        <translation>Broadsheet chỉ gửi mật khẩu qua kết nối an toàn (https) hoặc tới chính máy tính này, mà địa chỉ của trang này không an toàn.</translation>
    </message>
    <message>
        <source>Please enter your user name on the site.</source>
        <translation>Vui lòng nhập tên người dùng của bạn trên trang.</translation>
    </message>
    <message>
        <source>Please enter the application password.</source>
        <translation>Vui lòng nhập mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>The settings could not be saved in the library.</source>
        <translation>Không lưu được cài đặt vào thư viện.</translation>
    </message>
    <message>
        <source>The site&apos;s answer did not say.</source>
        <translation>Câu trả lời của trang không cho biết.</translation>
    </message>
    <message>
        <source>Finding out how this article’s own site takes comments…</source>
        <translation>Đang tìm hiểu cách trang gốc của bài viết này nhận bình luận…</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Conversations</name>
    <message>
        <source>The site&apos;s answer about this conversation could not be read (%1).</source>
        <translation>Không đọc được câu trả lời của trang về cuộc thảo luận này (%1).</translation>
    </message>
    <message>
        <source>The site&apos;s comments feed could not be read (%1).</source>
        <translation>Không đọc được nguồn tin bình luận của trang (%1).</translation>
    </message>
    <message>
        <source>Broadsheet cannot ask %1 about this conversation: the site offers neither the WordPress REST API, nor the JSON API, nor a comments feed for this article.</source>
        <translation>Broadsheet không thể hỏi %1 về cuộc thảo luận này: trang không có WordPress REST API, JSON API, hay nguồn tin bình luận cho bài viết này.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Conversations::Tracker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Extract</name>
    <message>
        <source>The web page could not be loaded, so the feed text is shown: %1</source>
        <translation>Không tải được trang web nên đang hiển thị nội dung từ nguồn tin: %1</translation>
    </message>
    <message>
        <source>The link does not lead to a web page, so the feed text is shown.</source>
        <translation>Liên kết không dẫn tới một trang web nên đang hiển thị nội dung từ nguồn tin.</translation>
    </message>
    <message>
        <source>The site answered with an error page (HTTP %1), so the feed text is shown.</source>
        <translation>Trang trả về một trang lỗi (HTTP %1) nên đang hiển thị nội dung từ nguồn tin.</translation>
    </message>
    <message>
        <source>The site asks to sign in before it shows the article, so the feed text is shown.</source>
        <translation>Trang yêu cầu đăng nhập trước khi hiển thị bài viết nên đang hiển thị nội dung từ nguồn tin.</translation>
    </message>
    <message>
        <source>The article is for the site&apos;s subscribers, so the feed text is shown.</source>
        <translation>Bài viết chỉ dành cho người đăng ký của trang nên đang hiển thị nội dung từ nguồn tin.</translation>
    </message>
    <message>
        <source>The site answered with an error page, so the feed text is shown.</source>
        <translation>Trang trả về một trang lỗi nên đang hiển thị nội dung từ nguồn tin.</translation>
    </message>
    <message>
        <source>The web page holds no article text Broadsheet can read, so the feed text is shown.</source>
        <translation>Trang web không có nội dung bài viết mà Broadsheet đọc được nên đang hiển thị nội dung từ nguồn tin.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Feeds</name>
    <message>
        <source>no encoding declared and not UTF-8; detected %1</source>
        <translation>không khai báo bảng mã và không phải UTF-8; nhận diện được %1</translation>
    </message>
    <message>
        <source>document declared as %1 contains invalid bytes; read as windows-1252</source>
        <translation>tài liệu khai báo là %1 chứa byte không hợp lệ; đọc theo windows-1252</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; read as utf-8</source>
        <translation>bảng mã không xác định &quot;%1&quot;; đọc theo utf-8</translation>
    </message>
    <message>
        <source>invalid bytes for encoding %1 were replaced</source>
        <translation>các byte không hợp lệ với bảng mã %1 đã được thay thế</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>tài liệu có %1 byte, vượt quá giới hạn %2 byte</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>tài liệu trống</translation>
    </message>
    <message>
        <source>the document is not well-formed XML: %1</source>
        <translation>tài liệu không phải XML hợp lệ: %1</translation>
    </message>
    <message>
        <source>served as %1, not an XML media type</source>
        <translation>được gửi dưới dạng %1, không phải kiểu nội dung XML</translation>
    </message>
    <message>
        <source>the document is not an RSS, Atom or JSON feed</source>
        <translation>tài liệu không phải nguồn tin RSS, Atom hay JSON</translation>
    </message>
    <message>
        <source>the JSON document ends too early: it is cut off or incomplete (at byte %1)</source>
        <translation>tài liệu JSON kết thúc quá sớm: nó bị cắt ngang hoặc không đầy đủ (tại byte %1)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON không hợp lệ: %1 tại byte %2</translation>
    </message>
    <message>
        <source>the document is JSON but not a feed: neither a JSON Feed (&quot;version&quot; and &quot;items&quot;) nor an RSS feed written as JSON (&quot;rss&quot; → &quot;channel&quot; → &quot;item&quot;)</source>
        <translation>tài liệu là JSON nhưng không phải nguồn tin: không phải JSON Feed (&quot;version&quot; và &quot;items&quot;) cũng không phải nguồn RSS viết bằng JSON (&quot;rss&quot; → &quot;channel&quot; → &quot;item&quot;)</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>lỗi cú pháp</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>không tìm thấy phần tử nào</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>không đúng cấu trúc (ký hiệu không hợp lệ)</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>ký hiệu chưa được đóng</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>thẻ đóng không khớp</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>thực thể chưa được định nghĩa</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>có nội dung thừa sau phần tử gốc</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (dòng %2, cột %3)</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Images::ImageFetcher</name>
    <message>
        <source>Images are only loaded over http and https.</source>
        <translation>Ảnh chỉ được tải qua http và https.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Models::ArticleListModel</name>
    <message>
        <source>read</source>
        <translation>đã đọc</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>chưa đọc</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>đã gắn sao</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of an article&apos;s description for screen readers: site, date, state</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Models::MyCommentsEntryModel</name>
    <message>
        <source>My Comments</source>
        <translation>Bình luận của tôi</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) in your conversations</source>
        <translation>
            <numerusform>%n sự kiện mới trong các cuộc thảo luận của bạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Your comments and the conversations you follow</source>
        <translation>Bình luận của bạn và các cuộc thảo luận bạn theo dõi</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Models::MyCommentsModel</name>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi được</translation>
    </message>
    <message>
        <source>Held for moderation</source>
        <translation>Đang chờ kiểm duyệt</translation>
    </message>
    <message>
        <source>Answered (1 reply)</source>
        <translation>Đã có trả lời (1 trả lời)</translation>
    </message>
    <message>
        <source>Answered (%1 replies)</source>
        <translation>Đã có trả lời (%1 trả lời)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Removed by the site</source>
        <translation>Bị trang gỡ bỏ</translation>
    </message>
    <message>
        <source>%1 — %2
%3 · %4</source>
        <translation>%1 — %2
%3 · %4</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, trên %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Models::SiteListModel</name>
    <message>
        <source>All sites</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Lần làm mới gần nhất thất bại: %1</translation>
    </message>
    <message>
        <source>Some sites in this folder could not be refreshed.</source>
        <translation>Một số trang trong thư mục này không làm mới được.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n chưa đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Lần đồng bộ gần nhất thất bại: %1</translation>
    </message>
    <message>
        <source>Reader service account</source>
        <translation>Tài khoản dịch vụ đọc tin</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Net</name>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Máy chủ %1 không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Máy chủ không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within 1 second.</source>
        <translation>Máy chủ %1 không trả lời trong vòng 1 giây.</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second.</source>
        <translation>Máy chủ không trả lời trong vòng 1 giây.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Máy chủ không trả lời trong vòng %1 giây.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>Máy chủ %1 không trả lời trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your connection.</source>
        <translation>Không tìm thấy máy chủ %1. Hãy kiểm tra địa chỉ và kết nối mạng của bạn.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the address and your connection.</source>
        <translation>Không tìm thấy máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng của bạn.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection.</source>
        <translation>Máy chủ %1 từ chối kết nối.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Máy chủ từ chối kết nối.</translation>
    </message>
    <message>
        <source>The connection was reset by %1 before the transfer finished.</source>
        <translation>Kết nối bị %1 ngắt trước khi truyền xong.</translation>
    </message>
    <message>
        <source>The connection was reset before the transfer finished.</source>
        <translation>Kết nối bị ngắt trước khi truyền xong.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Không thể thiết lập kết nối an toàn tới %1.</translation>
    </message>
    <message>
        <source>A secure connection could not be established.</source>
        <translation>Không thể thiết lập kết nối an toàn.</translation>
    </message>
    <message>
        <source>The server at %1 redirected too many times.</source>
        <translation>Máy chủ %1 chuyển hướng quá nhiều lần.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Máy chủ chuyển hướng quá nhiều lần.</translation>
    </message>
    <message>
        <source>The server at %1 tried to redirect to an insecure or unsupported address.</source>
        <translation>Máy chủ %1 định chuyển hướng tới một địa chỉ không an toàn hoặc không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The server tried to redirect to an insecure or unsupported address.</source>
        <translation>Máy chủ định chuyển hướng tới một địa chỉ không an toàn hoặc không được hỗ trợ.</translation>
    </message>
    <message>
        <source>Addresses of this kind are not supported.</source>
        <translation>Loại địa chỉ này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>Addresses of this kind are not supported: %1</source>
        <translation>Loại địa chỉ này không được hỗ trợ: %1</translation>
    </message>
    <message>
        <source>The answer from %1 is too large.</source>
        <translation>Dữ liệu trả về từ %1 quá lớn.</translation>
    </message>
    <message>
        <source>The answer from the server is too large.</source>
        <translation>Dữ liệu trả về từ máy chủ quá lớn.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Máy chủ trả về lỗi.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Máy chủ trả về %1.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Máy chủ trả về %1 %2.</translation>
    </message>
    <message>
        <source>You appear to be offline.</source>
        <translation>Có vẻ bạn đang ngoại tuyến.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Yêu cầu đã bị hủy.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Đã xảy ra lỗi mạng.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Đã xảy ra lỗi mạng: %1</translation>
    </message>
    <message>
        <source>The server took too long: the transfer did not finish within the %1-second limit.</source>
        <translation>Máy chủ phản hồi quá lâu: quá trình truyền không hoàn tất trong giới hạn %1 giây.</translation>
    </message>
    <message>
        <source>The server at %1 took too long: the transfer did not finish within the %2-second limit.</source>
        <translation>Máy chủ %1 phản hồi quá lâu: quá trình truyền không hoàn tất trong giới hạn %2 giây.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Net::SampleCommentsApi</name>
    <message>
        <source>By: %1</source>
        <translation>Của: %1</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Không có gì ở địa chỉ này.</translation>
    </message>
    <message>
        <source>The sample site has no such article.</source>
        <translation>Trang mẫu không có bài viết này.</translation>
    </message>
    <message>
        <source>Use GET or POST here.</source>
        <translation>Ở đây hãy dùng GET hoặc POST.</translation>
    </message>
    <message>
        <source>The page must be 1 or more.</source>
        <translation>Số trang phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Ask for 1 to 100 comments a page.</source>
        <translation>Hãy yêu cầu từ 1 đến 100 bình luận mỗi trang.</translation>
    </message>
    <message>
        <source>Send the comment as JSON.</source>
        <translation>Hãy gửi bình luận dưới dạng JSON.</translation>
    </message>
    <message>
        <source>The comment is not a JSON object.</source>
        <translation>Bình luận không phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The comment you are replying to is not there.</source>
        <translation>Bình luận bạn đang trả lời không còn ở đó.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Vui lòng nhập tên của bạn.</translation>
    </message>
    <message>
        <source>Please enter your email address.</source>
        <translation>Vui lòng nhập địa chỉ email của bạn.</translation>
    </message>
    <message>
        <source>Please enter a valid email address.</source>
        <translation>Vui lòng nhập một địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>Please enter a web address that starts with http:// or https://.</source>
        <translation>Vui lòng nhập một địa chỉ web bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>Please type your comment.</source>
        <translation>Vui lòng viết bình luận của bạn.</translation>
    </message>
    <message>
        <source>Your comment or one of your details is too long.</source>
        <translation>Bình luận hoặc một trong các thông tin của bạn quá dài.</translation>
    </message>
    <message>
        <source>This comment is already there.</source>
        <translation>Bình luận này đã có rồi.</translation>
    </message>
    <message>
        <source>The sample site has nowhere to keep comments.</source>
        <translation>Trang mẫu không có chỗ để lưu bình luận.</translation>
    </message>
    <message>
        <source>The sample site could not keep the comment: %1</source>
        <translation>Trang mẫu không lưu được bình luận: %1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Session</name>
    <message>
        <source>The disk of your library is full (%1): you can read your articles, but nothing you change is kept and no comment is sent. Free some space, then restart Broadsheet.</source>
        <translation>Ổ đĩa chứa thư viện của bạn đã đầy (%1): bạn vẫn đọc được bài viết, nhưng mọi thay đổi sẽ không được lưu và không bình luận nào được gửi. Hãy giải phóng bớt dung lượng, rồi khởi động lại Broadsheet.</translation>
    </message>
    <message>
        <source>The folder of your library cannot be written (%1): you can read your articles, but nothing you change is kept and no comment is sent. Check the folder&apos;s permissions or free the disk, then restart Broadsheet.</source>
        <translation>Không thể ghi vào thư mục thư viện của bạn (%1): bạn vẫn đọc được bài viết, nhưng mọi thay đổi sẽ không được lưu và không bình luận nào được gửi. Hãy kiểm tra quyền của thư mục hoặc giải phóng ổ đĩa, rồi khởi động lại Broadsheet.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites</name>
    <message>
        <source>Atom feed</source>
        <translation>Nguồn tin Atom</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>Nguồn tin RSS</translation>
    </message>
    <message>
        <source>WordPress REST API</source>
        <translation>WordPress REST API</translation>
    </message>
    <message>
        <source>Type the address of a site or a feed.</source>
        <translation>Nhập địa chỉ của một trang hoặc một nguồn tin.</translation>
    </message>
    <message>
        <source>“%1” is not a file address.</source>
        <translation>“%1” không phải là địa chỉ tệp.</translation>
    </message>
    <message>
        <source>Broadsheet reads sites over http and https, not %1.</source>
        <translation>Broadsheet đọc trang qua http và https, không qua %1.</translation>
    </message>
    <message>
        <source>The address could not be read.</source>
        <translation>Không đọc được địa chỉ.</translation>
    </message>
    <message>
        <source>JSON API</source>
        <translation>JSON API</translation>
    </message>
    <message>
        <source>The page at %1 does not link to a feed, and it is not a WordPress site.</source>
        <translation>Trang tại %1 không liên kết tới nguồn tin nào và cũng không phải trang WordPress.</translation>
    </message>
    <message>
        <source>The document at %1 is neither a feed nor a web page Broadsheet knows.</source>
        <translation>Tài liệu tại %1 không phải nguồn tin, cũng không phải trang web mà Broadsheet biết đọc.</translation>
    </message>
    <message>
        <source>The site&apos;s WordPress REST API is not available: %1</source>
        <translation>WordPress REST API của trang không dùng được: %1</translation>
    </message>
    <message>
        <source>The site&apos;s REST API at %1 does not offer WordPress posts (wp/v2).</source>
        <translation>REST API của trang tại %1 không cung cấp bài viết WordPress (wp/v2).</translation>
    </message>
    <message>
        <source>The Harbour Gazette</source>
        <translation>Báo Bến Cảng</translation>
    </message>
    <message>
        <source>The document is not a feed Broadsheet can read.</source>
        <translation>Tài liệu này không phải nguồn tin mà Broadsheet đọc được.</translation>
    </message>
    <message>
        <source>The document at %1 is not a feed (no RSS, Atom or JSON Feed found).</source>
        <translation>Tài liệu tại %1 không phải nguồn tin (không tìm thấy RSS, Atom hay JSON Feed).</translation>
    </message>
    <message>
        <source>Broadsheet cannot read this kind of site.</source>
        <translation>Broadsheet không đọc được loại trang này.</translation>
    </message>
    <message>
        <source>The file is not an OPML subscription list.</source>
        <translation>Tệp này không phải danh sách theo dõi OPML.</translation>
    </message>
    <message>
        <source>“%1”: %2 is not a web address.</source>
        <translation>“%1”: %2 không phải là địa chỉ web.</translation>
    </message>
    <message>
        <source>That is not a web address. Type one like example.org or https://example.org/feed/.</source>
        <translation>Đó không phải là một địa chỉ web. Hãy nhập một địa chỉ như example.org hoặc https://example.org/feed/.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::CandidateListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A source found for a site: &quot;Local Newsroom — WordPress REST API&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::Discoverer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a subscription list (OPML) with %n site(s): import it instead.</source>
        <translation>
            <numerusform>%1 là một danh sách theo dõi (OPML) gồm %n trang: hãy nhập danh sách đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a feed or a subscription list Broadsheet can read.</source>
        <translation>%1 không phải nguồn tin hay danh sách theo dõi mà Broadsheet đọc được.</translation>
    </message>
    <message>
        <source>The feed in %1 does not say where it lives on the web, so Broadsheet cannot follow it. Add it by its web address instead.</source>
        <translation>Nguồn tin trong %1 không cho biết địa chỉ của nó trên web nên Broadsheet không thể theo dõi. Hãy thêm nó bằng địa chỉ web.</translation>
    </message>
    <message>
        <source>Nothing to follow was found at this address.</source>
        <translation>Không tìm thấy gì để theo dõi tại địa chỉ này.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::JsonApi</name>
    <message>
        <source>The JSON API at %1 sent a reply that is not valid JSON (%2 at byte %3).</source>
        <translation>JSON API tại %1 trả về dữ liệu không phải JSON hợp lệ (%2 tại byte %3).</translation>
    </message>
    <message>
        <source>The JSON API at %1 did not answer with a list of articles.</source>
        <translation>JSON API tại %1 không trả về danh sách bài viết.</translation>
    </message>
    <message>
        <source>The JSON API at %1 answered: %2</source>
        <translation>JSON API tại %1 trả lời: %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::RefreshSummary</name>
    <message numerus="yes">
        <source>The disk is full: %n site(s) could not be saved. Free some space; nothing was lost.</source>
        <translation>
            <numerusform>Ổ đĩa đã đầy: không lưu được %n trang. Hãy giải phóng bớt dung lượng; không có gì bị mất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library is read-only: %n site(s) could not be saved. Check the permissions of its folder; nothing was lost.</source>
        <translation>
            <numerusform>Thư viện chỉ cho phép đọc: không lưu được %n trang. Hãy kiểm tra quyền của thư mục; không có gì bị mất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library file is damaged: %n site(s) could not be saved. Broadsheet will repair it the next time it starts.</source>
        <translation>
            <numerusform>Tệp thư viện bị hỏng: không lưu được %n trang. Broadsheet sẽ sửa nó vào lần khởi động tới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be saved in the library.</source>
        <translation>
            <numerusform>Không lưu được %n trang vào thư viện.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::SiteAdder</name>
    <message>
        <source>Another site is being added; wait until it is done.</source>
        <translation>Đang thêm một trang khác; hãy chờ cho đến khi xong.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Đang thêm %1…</translation>
    </message>
    <message>
        <source>The site could not be saved in the library: %1</source>
        <translation>Không lưu được trang vào thư viện: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Read page %1 of %2 of %3</source>
        <translation>Đã đọc trang %1 trên %2 của %3</translation>
    </message>
    <message>
        <source>Could not save the articles: %1</source>
        <translation>Không lưu được các bài viết: %1</translation>
    </message>
    <message>
        <source>Reading %1 through the WordPress REST API…</source>
        <translation>Đang đọc %1 qua WordPress REST API…</translation>
    </message>
    <message>
        <source>Adding the site was canceled.</source>
        <translation>Đã hủy việc thêm trang.</translation>
    </message>
    <message>
        <source>Reading the site was canceled.</source>
        <translation>Đã hủy việc đọc trang.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::WordPress</name>
    <message>
        <source>The WordPress REST API at %1 sent a reply that is not valid JSON (%2 at byte %3).</source>
        <translation>WordPress REST API tại %1 trả về dữ liệu không phải JSON hợp lệ (%2 tại byte %3).</translation>
    </message>
    <message>
        <source>The WordPress REST API at %1 did not answer with a list of posts.</source>
        <translation>WordPress REST API tại %1 không trả về danh sách bài viết.</translation>
    </message>
    <message>
        <source>The WordPress REST API at %1 answered: %2</source>
        <translation>WordPress REST API tại %1 trả lời: %2</translation>
    </message>
    <message>
        <source>%1 WordPress says: “%2”</source>
        <translation>%1 WordPress báo: “%2”</translation>
    </message>
    <message>
        <source>The WordPress REST API could not be read.</source>
        <translation>Không đọc được WordPress REST API.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::WordPress::PostsReader</name>
    <message>
        <source>Reading the site was canceled.</source>
        <translation>Đã hủy việc đọc trang.</translation>
    </message>
    <message>
        <source>Read %1 of %2 pages, then: %3</source>
        <translation>Đã đọc %1 trên %2 trang, sau đó: %3</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Store::Failure</name>
    <message>
        <source>The library file is damaged. Broadsheet will repair it the next time it starts.</source>
        <translation>Tệp thư viện bị hỏng. Broadsheet sẽ sửa nó vào lần khởi động tới.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was lost.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; không có gì bị mất.</translation>
    </message>
    <message>
        <source>The library cannot be written: its folder or file is read-only. Check their permissions; nothing was lost.</source>
        <translation>Không thể ghi vào thư viện: thư mục hoặc tệp của nó chỉ cho phép đọc. Hãy kiểm tra quyền truy cập; không có gì bị mất.</translation>
    </message>
    <message>
        <source>The library file cannot be opened. Check that its folder exists and can be written.</source>
        <translation>Không mở được tệp thư viện. Hãy kiểm tra rằng thư mục của nó tồn tại và ghi được.</translation>
    </message>
    <message>
        <source>Another program is using the library. Try again in a moment; nothing was lost.</source>
        <translation>Một chương trình khác đang dùng thư viện. Hãy thử lại sau giây lát; không có gì bị mất.</translation>
    </message>
    <message>
        <source>The disk could not read or write the library. Check the disk; nothing was lost.</source>
        <translation>Ổ đĩa không đọc hoặc ghi được thư viện. Hãy kiểm tra ổ đĩa; không có gì bị mất.</translation>
    </message>
    <message>
        <source>The library could not be changed.</source>
        <translation>Không thể thay đổi thư viện.</translation>
    </message>
    <message>
        <source>The library could not be changed: %1</source>
        <translation>Không thể thay đổi thư viện: %1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Store::Library</name>
    <message>
        <source>The sites could not be saved in the library.</source>
        <translation>Không lưu được các trang vào thư viện.</translation>
    </message>
    <message>
        <source>Could not save the articles: %1</source>
        <translation>Không lưu được các bài viết: %1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Store::Migrations</name>
    <message>
        <source>This library was written by a newer version of Broadsheet (schema %1, this version knows %2). Update Broadsheet to open it.</source>
        <translation>Thư viện này được tạo bởi một phiên bản Broadsheet mới hơn (lược đồ %1, phiên bản này chỉ biết tới %2). Hãy cập nhật Broadsheet để mở nó.</translation>
    </message>
    <message>
        <source>Cannot read the library migration %1.</source>
        <translation>Không đọc được bước chuyển đổi thư viện %1.</translation>
    </message>
    <message>
        <source>Updating the library to version %1 failed: %2</source>
        <translation>Cập nhật thư viện lên phiên bản %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Store::Recovery</name>
    <message>
        <source>Broadsheet&apos;s library was damaged and cannot tell whether this comment was sent. Look for it under the article before you send it again.</source>
        <translation>Thư viện của Broadsheet đã bị hỏng nên không biết bình luận này đã được gửi hay chưa. Hãy tìm nó dưới bài viết trước khi gửi lại.</translation>
    </message>
    <message>
        <source>Broadsheet&apos;s library file was damaged and a new one could not be made: %1</source>
        <translation>Tệp thư viện của Broadsheet bị hỏng và không tạo được thư viện mới: %1</translation>
    </message>
    <message>
        <source>Broadsheet&apos;s library file was damaged, so Broadsheet made a new one.</source>
        <translation>Tệp thư viện của Broadsheet bị hỏng nên Broadsheet đã tạo một thư viện mới.</translation>
    </message>
    <message numerus="yes">
        <source>It recovered %n site(s),</source>
        <translation>
            <numerusform>Đã khôi phục %n trang,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s),</source>
        <translation>
            <numerusform>%n bài viết,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n bản nháp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n comment(s) waiting to be sent.</source>
        <translation>
            <numerusform>và %n bình luận đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file and there was no backup.</source>
        <translation>Không đọc được gì từ tệp bị hỏng và cũng không có bản sao lưu.</translation>
    </message>
    <message>
        <source>What could not be read came from the backup of %1.</source>
        <translation>Những gì không đọc được đã lấy từ bản sao lưu lúc %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) may already have been sent: they wait among the failed comments for you to send again or delete.</source>
        <translation>
            <numerusform>%n bình luận có thể đã được gửi: chúng nằm trong các bình luận gửi không thành công để bạn gửi lại hoặc xoá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles that were lost come back with the next refresh.</source>
        <translation>Các bài viết bị mất sẽ trở lại ở lần làm mới tiếp theo.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Tệp bị hỏng được giữ lại tại %1.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sync::AccountSetup</name>
    <message>
        <source>Type the address of the service&apos;s Google Reader API, such as https://rss.example.org/api/greader.php.</source>
        <translation>Hãy nhập địa chỉ Google Reader API của dịch vụ, ví dụ https://rss.example.org/api/greader.php.</translation>
    </message>
    <message>
        <source>Type the user name and the API password.</source>
        <translation>Hãy nhập tên người dùng và mật khẩu API.</translation>
    </message>
    <message>
        <source>This address does not answer as a Google Reader API. Check the address: for FreshRSS it ends in /api/greader.php, for Miniflux it is the server&apos;s address.</source>
        <translation>Địa chỉ này không trả lời như một Google Reader API. Hãy kiểm tra lại địa chỉ: với FreshRSS, địa chỉ kết thúc bằng /api/greader.php; với Miniflux, đó là địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>The account could not be saved (is it already added?): %1</source>
        <translation>Không lưu được tài khoản (có phải tài khoản đã được thêm rồi?): %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Không có tài khoản %1.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sync::AccountSync</name>
    <message>
        <source>The sync was canceled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Đang gửi các thay đổi của bạn</translation>
    </message>
    <message>
        <source>Reading subscriptions</source>
        <translation>Đang đọc danh sách theo dõi</translation>
    </message>
    <message>
        <source>The server&apos;s list of subscriptions could not be read.</source>
        <translation>Không đọc được danh sách theo dõi của máy chủ.</translation>
    </message>
    <message>
        <source>The subscriptions could not be saved.</source>
        <translation>Không lưu được danh sách theo dõi.</translation>
    </message>
    <message>
        <source>The server&apos;s list of articles could not be read.</source>
        <translation>Không đọc được danh sách bài viết của máy chủ.</translation>
    </message>
    <message>
        <source>Downloading articles</source>
        <translation>Đang tải bài viết</translation>
    </message>
    <message>
        <source>The server&apos;s articles could not be read.</source>
        <translation>Không đọc được các bài viết của máy chủ.</translation>
    </message>
    <message>
        <source>The articles could not be saved: %1</source>
        <translation>Không lưu được các bài viết: %1</translation>
    </message>
    <message>
        <source>Comparing read and starred articles</source>
        <translation>Đang so sánh bài đã đọc và bài gắn sao</translation>
    </message>
    <message>
        <source>The read and starred states could not be saved.</source>
        <translation>Không lưu được trạng thái đã đọc và gắn sao.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sync::GReaderClient</name>
    <message>
        <source>The server&apos;s secure connection could not be trusted: %1</source>
        <translation>Không thể tin cậy kết nối an toàn của máy chủ: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Không kết nối được tới máy chủ: %1</translation>
    </message>
    <message>
        <source>The sync was canceled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Services such as FreshRSS and Miniflux want the API password set in your profile there, not the password of their web page.</source>
        <translation>Máy chủ từ chối tên người dùng hoặc mật khẩu. Các dịch vụ như FreshRSS và Miniflux cần mật khẩu API đặt trong hồ sơ của bạn ở đó, không phải mật khẩu đăng nhập trang web của chúng.</translation>
    </message>
    <message>
        <source>The server no longer accepts this account&apos;s password. Remove the account and add it again with the current API password.</source>
        <translation>Máy chủ không còn chấp nhận mật khẩu của tài khoản này. Hãy gỡ tài khoản rồi thêm lại với mật khẩu API hiện tại.</translation>
    </message>
    <message>
        <source>This address does not answer as a Google Reader API. Check the address: for FreshRSS it ends in /api/greader.php, for Miniflux it is the server&apos;s address.</source>
        <translation>Địa chỉ này không trả lời như một Google Reader API. Hãy kiểm tra lại địa chỉ: với FreshRSS, địa chỉ kết thúc bằng /api/greader.php; với Miniflux, đó là địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Máy chủ trả lời bằng một lỗi (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sync::SubscriptionEditor</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Không có tài khoản %1.</translation>
    </message>
    <message>
        <source>The keychain has no password for this account.</source>
        <translation>Kho mật khẩu không có mật khẩu cho tài khoản này.</translation>
    </message>
    <message>
        <source>The service did not subscribe to the feed: %1</source>
        <translation>Dịch vụ không theo dõi nguồn tin này: %1</translation>
    </message>
    <message>
        <source>This site is not a subscription of an account.</source>
        <translation>Trang này không phải là mục theo dõi của một tài khoản.</translation>
    </message>
    <message>
        <source>The service has the change; the library could not be updated.</source>
        <translation>Dịch vụ đã nhận thay đổi; không thể cập nhật thư viện.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sync::Syncer</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Đang chờ đồng bộ</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Đồng bộ thất bại: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Đã đồng bộ lúc %1</translation>
    </message>
    <message>
        <source>The keychain has no password for this account. Remove the account and add it again.</source>
        <translation>Kho mật khẩu không có mật khẩu cho tài khoản này. Hãy gỡ tài khoản rồi thêm lại.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui</name>
    <message>
        <source>By %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <source>Open original ↗</source>
        <translation>Mở bài gốc ↗</translation>
    </message>
    <message>
        <source>Related posts</source>
        <translation>Bài viết liên quan</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n bình luận</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Leave a comment</source>
        <translation>Viết bình luận</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::AboutDialog</name>
    <message>
        <source>About Broadsheet</source>
        <translation>Giới thiệu Broadsheet</translation>
    </message>
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>A desktop news reader: read the sites you follow offline, with their photos, captions and credits, and take part in the discussion under their articles.</source>
        <translation>Trình đọc tin tức cho máy tính: đọc ngoại tuyến những trang bạn theo dõi, kèm ảnh, chú thích và nguồn ảnh, và tham gia thảo luận bên dưới các bài viết.</translation>
    </message>
    <message>
        <source>Built with Qt %1. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Được xây dựng với Qt %1. Phát hành theo Giấy phép Công cộng GNU (GPL), phiên bản 3 trở lên.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::AccessibleTextMap</name>
    <message>
        <source>Image: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Read with a service you also use on other devices: FreshRSS, Miniflux, Inoreader, The Old Reader or another service with the Google Reader API. Your subscriptions, and what you read and star, stay the same everywhere.</source>
        <translation>Đọc cùng một dịch vụ bạn dùng trên các thiết bị khác: FreshRSS, Miniflux, Inoreader, The Old Reader hoặc dịch vụ khác có Google Reader API. Danh sách theo dõi, bài đã đọc và bài gắn sao sẽ giống nhau ở mọi nơi.</translation>
    </message>
    <message>
        <source>https://rss.example.org/api/greader.php</source>
        <translation>https://rss.example.org/api/greader.php</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Mật khẩu API</translation>
    </message>
    <message>
        <source>FreshRSS and Miniflux use an API password that you set in your profile there, not the password of their web page. Broadsheet keeps it in the system keychain.</source>
        <translation>FreshRSS và Miniflux dùng mật khẩu API mà bạn đặt trong hồ sơ ở đó, không phải mật khẩu trang web của chúng. Broadsheet lưu nó trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>API &amp;password:</source>
        <translation>&amp;Mật khẩu API:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>The connection works. Press Add to add the account.</source>
        <translation>Kết nối hoạt động. Bấm Thêm để thêm tài khoản.</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>Đã thêm tài khoản.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>First sync: days back</source>
        <translation>Lần đồng bộ đầu: số ngày trở về trước</translation>
    </message>
    <message>
        <source>First sync: most articles</source>
        <translation>Lần đồng bộ đầu: số bài viết tối đa</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>bài viết</translation>
    </message>
    <message>
        <source>&amp;First sync:</source>
        <translation>Đồng bộ &amp;lần đầu:</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::AddSiteDialog</name>
    <message>
        <source>Add Site</source>
        <translation>Thêm trang</translation>
    </message>
    <message>
        <source>https://example.org/</source>
        <translation>https://example.org/</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Địa chỉ trang hoặc nguồn tin</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>Find sources at this address</source>
        <translation>Tìm các nguồn tại địa chỉ này</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Không có thư mục</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <source>Add the chosen source</source>
        <translation>Thêm nguồn đã chọn</translation>
    </message>
    <message>
        <source>%1 was added, but reading it failed: %2</source>
        <translation>Đã thêm %1 nhưng đọc trang thất bại: %2</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Đang xem %1…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Đang thêm…</translation>
    </message>
    <message>
        <source>&amp;Import List</source>
        <translation>Nhập &amp;danh sách</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation>&amp;Xem trang</translation>
    </message>
    <message>
        <source>Show the site you already follow</source>
        <translation>Xem trang bạn đã theo dõi</translation>
    </message>
    <message>
        <source>You already follow this site, as “%1”.</source>
        <translation>Bạn đã theo dõi trang này, với tên “%1”.</translation>
    </message>
    <message>
        <source>You already follow this site through another source, as “%1”. Add this source only if you want both.</source>
        <translation>Bạn đã theo dõi trang này qua một nguồn khác, với tên “%1”. Chỉ thêm nguồn này nếu bạn muốn cả hai.</translation>
    </message>
    <message>
        <source>Broadsheet chose the best source this site offers. Press Add to follow it.</source>
        <translation>Broadsheet đã chọn nguồn tốt nhất mà trang này có. Bấm Thêm để theo dõi.</translation>
    </message>
    <message>
        <source>Press Add to follow this source.</source>
        <translation>Bấm Thêm để theo dõi nguồn này.</translation>
    </message>
    <message>
        <source>Type the address of a site or of one of its pages. Broadsheet finds the best way to follow it.</source>
        <translation>Nhập địa chỉ của một trang hoặc của một bài trên trang đó. Broadsheet tìm cách tốt nhất để theo dõi nó.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ArticleListPane</name>
    <message>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Đã gắn sao</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Which articles the list shows</source>
        <translation>Những bài viết được hiển thị trong danh sách</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Sao chép liên kết</translation>
    </message>
    <message>
        <source>No articles match “%1”</source>
        <translation>Không có bài viết nào khớp với “%1”</translation>
    </message>
    <message>
        <source>No starred articles yet — press S to star one</source>
        <translation>Chưa có bài viết gắn sao — nhấn S để gắn sao một bài</translation>
    </message>
    <message>
        <source>No unread articles from this site</source>
        <translation>Trang này không còn bài viết chưa đọc</translation>
    </message>
    <message>
        <source>No unread articles — all caught up</source>
        <translation>Không còn bài viết chưa đọc — bạn đã đọc hết</translation>
    </message>
    <message>
        <source>No articles from this site yet</source>
        <translation>Trang này chưa có bài viết nào</translation>
    </message>
    <message>
        <source>No articles yet — add a site to follow</source>
        <translation>Chưa có bài viết nào — hãy thêm một trang để theo dõi</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ArticleViewer</name>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>The image is larger than 15 MiB.</source>
        <translation>Ảnh lớn hơn 15 MiB.</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>Ảnh quá lớn để hiển thị (%1 × %2 điểm ảnh).</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n bình luận</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::CommentBackendChoices</name>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Tự động (khuyên dùng)</translation>
    </message>
    <message>
        <source>WordPress REST API when the site allows it, else the site&apos;s comment form (wp-comments-post.php)</source>
        <translation>WordPress REST API khi trang cho phép, nếu không thì biểu mẫu bình luận của trang (wp-comments-post.php)</translation>
    </message>
    <message>
        <source>WordPress, directly</source>
        <translation>WordPress, gửi trực tiếp</translation>
    </message>
    <message>
        <source>WordPress REST API (/wp-json/wp/v2/comments)</source>
        <translation>WordPress REST API (/wp-json/wp/v2/comments)</translation>
    </message>
    <message>
        <source>WordPress, like the site&apos;s own form</source>
        <translation>WordPress, như biểu mẫu của trang</translation>
    </message>
    <message>
        <source>The WordPress comment form (wp-comments-post.php)</source>
        <translation>Biểu mẫu bình luận của WordPress (wp-comments-post.php)</translation>
    </message>
    <message>
        <source>The site&apos;s comment service</source>
        <translation>Dịch vụ bình luận của trang</translation>
    </message>
    <message>
        <source>The generic JSON comments API (POST {address}/articles/{id}/comments)</source>
        <translation>API bình luận JSON chung (POST {address}/articles/{id}/comments)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Commenting from Broadsheet is off for this site</source>
        <translation>Bình luận từ Broadsheet đang tắt cho trang này</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::CommentForm</name>
    <message>
        <source>Leave a Reply</source>
        <translation>Để lại một bình luận</translation>
    </message>
    <message>
        <source>Your email address will not be published. Required fields are marked *</source>
        <translation>Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Hủy trả lời</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Your email address will not be published.</source>
        <translation>Email của bạn sẽ không được hiển thị công khai.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Bình luận (bắt buộc)</translation>
    </message>
    <message>
        <source>Required field.</source>
        <translation>Trường bắt buộc.</translation>
    </message>
    <message>
        <source>Comment *</source>
        <translation>Bình luận *</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Gửi bình luận</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>Gửi bình luận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (bắt buộc)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Đang trả lời %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Vui lòng sửa các trường được đánh dấu ở trên.</translation>
    </message>
    <message>
        <source>Save my name, email, and website for the next time I comment.</source>
        <translation>Lưu tên, email và trang web của tôi cho lần bình luận kế tiếp.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Đóng biểu mẫu</translation>
    </message>
    <message>
        <source>Close the form (Esc). What you wrote is kept.</source>
        <translation>Đóng biểu mẫu (Esc). Nội dung bạn đã viết vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Leave a Reply…</source>
        <translation>Viết bình luận…</translation>
    </message>
    <message>
        <source>Opens the comment form.</source>
        <translation>Mở biểu mẫu bình luận.</translation>
    </message>
    <message>
        <source>Write a comment (R)</source>
        <translation>Viết bình luận (R)</translation>
    </message>
    <message>
        <source>Remember my name, email and website</source>
        <translation>Ghi nhớ tên, email và trang web của tôi</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::CommentSettingsDialog</name>
    <message>
        <source>Comments on %1</source>
        <translation>Bình luận trên %1</translation>
    </message>
    <message>
        <source>User name on the site</source>
        <translation>Tên người dùng trên trang</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Mật khẩu ứng dụng</translation>
    </message>
    <message>
        <source>Made in the site&apos;s dashboard under Users → Profile → Application Passwords. Kept in the system keychain only.</source>
        <translation>Tạo trong bảng điều khiển của trang tại Thành viên → Hồ sơ → Mật khẩu ứng dụng. Chỉ được lưu trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>The user name and password are kept in the system keychain, never in a file, and are sent only over a secure (https) connection or to this computer.</source>
        <translation>Tên người dùng và mật khẩu được lưu trong kho mật khẩu của hệ thống, không bao giờ lưu trong tệp, và chỉ được gửi qua kết nối an toàn (https) hoặc tới chính máy tính này.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên người dùng:</translation>
    </message>
    <message>
        <source>Application password:</source>
        <translation>Mật khẩu ứng dụng:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Could not find out how this site takes comments: %1</source>
        <translation>Không xác định được cách trang này nhận bình luận: %1</translation>
    </message>
    <message>
        <source>Finding out how this site takes comments…</source>
        <translation>Đang tìm hiểu cách trang này nhận bình luận…</translation>
    </message>
    <message>
        <source>Send comments</source>
        <translation>Gửi bình luận</translation>
    </message>
    <message>
        <source>WordPress address</source>
        <translation>Địa chỉ WordPress</translation>
    </message>
    <message>
        <source>The site&apos;s WordPress REST API root; empty: Broadsheet finds it.</source>
        <translation>Gốc WordPress REST API của trang; để trống: Broadsheet tự tìm.</translation>
    </message>
    <message>
        <source>Comment service address</source>
        <translation>Địa chỉ dịch vụ bình luận</translation>
    </message>
    <message>
        <source>The base address of the site&apos;s generic JSON comments API.</source>
        <translation>Địa chỉ gốc của API bình luận JSON chung của trang.</translation>
    </message>
    <message>
        <source>Sign in to the site to send comments</source>
        <translation>Đăng nhập vào trang để gửi bình luận</translation>
    </message>
    <message>
        <source>With a WordPress Application Password (HTTP Basic authentication).</source>
        <translation>Bằng Mật khẩu ứng dụng WordPress (xác thực HTTP Basic).</translation>
    </message>
    <message>
        <source>Send comments:</source>
        <translation>Gửi bình luận:</translation>
    </message>
    <message>
        <source>WordPress address:</source>
        <translation>Địa chỉ WordPress:</translation>
    </message>
    <message>
        <source>Comment service address:</source>
        <translation>Địa chỉ dịch vụ bình luận:</translation>
    </message>
    <message>
        <source>Automatic uses: %1</source>
        <translation>Tự động dùng: %1</translation>
    </message>
    <message>
        <source>Automatic uses: %1, because the site takes comments directly only from signed-in users.</source>
        <translation>Tự động dùng: %1, vì trang chỉ nhận bình luận trực tiếp từ người đã đăng nhập.</translation>
    </message>
    <message>
        <source>Please enter the address of the site&apos;s comment service.</source>
        <translation>Vui lòng nhập địa chỉ dịch vụ bình luận của trang.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::CommentsPanel</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n bình luận</numerusform>
        </translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>Không tải được bình luận: %1</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Đang tải bình luận…</translation>
    </message>
    <message>
        <source>Comment settings…</source>
        <translation>Cài đặt bình luận…</translation>
    </message>
    <message>
        <source>Comment settings for this site</source>
        <translation>Cài đặt bình luận cho trang này</translation>
    </message>
    <message>
        <source>How comments are posted to this site, and signing in</source>
        <translation>Cách gửi bình luận tới trang này và cách đăng nhập</translation>
    </message>
    <message>
        <source>Send or clear the comment you are writing before editing another one.</source>
        <translation>Hãy gửi hoặc xóa bình luận bạn đang viết trước khi sửa một bình luận khác.</translation>
    </message>
    <message>
        <source>Your comment is back in the form: change it and send it again.</source>
        <translation>Bình luận của bạn đã trở lại ô nhập: hãy sửa rồi gửi lại.</translation>
    </message>
    <message>
        <source>Sending your comment…</source>
        <translation>Đang gửi bình luận của bạn…</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Thảo luận</translation>
    </message>
    <message>
        <source>Comments are closed.</source>
        <translation>Bình luận đã đóng.</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Chưa có bình luận</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::CommentsView</name>
    <message>
        <source>Awaiting moderation</source>
        <translation>Đang chờ kiểm duyệt</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Bản nháp, chưa gửi</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi được</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Not sent yet, will be sent again: %1</source>
        <translation>Chưa gửi được, sẽ gửi lại: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::Conversations</name>
    <message>
        <source>My &amp;Comments (%1)</source>
        <translation>&amp;Bình luận của tôi (%1)</translation>
    </message>
    <message>
        <source>My &amp;Comments</source>
        <translation>&amp;Bình luận của tôi</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::DesktopNotifier</name>
    <message>
        <source>Your comment on %1 was approved</source>
        <translation>Bình luận của bạn về %1 đã được duyệt</translation>
    </message>
    <message>
        <source>%1 replied to your comment</source>
        <translation>%1 đã trả lời bình luận của bạn</translation>
    </message>
    <message>
        <source>Your comment on %1 was removed</source>
        <translation>Bình luận của bạn về %1 đã bị gỡ bỏ</translation>
    </message>
    <message>
        <source>1 new comment in %1</source>
        <translation>1 bình luận mới trong %1</translation>
    </message>
    <message>
        <source>%1 new comments in %2</source>
        <translation>%1 bình luận mới trong %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Tìm trong bài viết</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Không có kết quả</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in article: &quot;3 of 12&quot; matches</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::FollowLink</name>
    <message>
        <source>Following ✓</source>
        <translation>Đang theo dõi ✓</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Theo dõi</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::FullArticleHeader</name>
    <message>
        <source>Feed text</source>
        <translation>Nội dung từ nguồn tin</translation>
    </message>
    <message>
        <source>Show full article</source>
        <translation>Xem toàn bài</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>Toàn bài</translation>
    </message>
    <message>
        <source>Show feed text</source>
        <translation>Xem nội dung từ nguồn tin</translation>
    </message>
    <message>
        <source>Feed text · Loading the full article…</source>
        <translation>Nội dung từ nguồn tin · Đang tải toàn bài…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::FullArticleModeBox</name>
    <message>
        <source>Automatic (the full article when the feed has only an excerpt)</source>
        <translation>Tự động (toàn bài khi nguồn tin chỉ có đoạn trích)</translation>
    </message>
    <message>
        <source>Feed text</source>
        <translation>Nội dung từ nguồn tin</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>Toàn bài</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::FullArticleSwitch</name>
    <message>
        <source>&amp;Load Full Article</source>
        <translation>Tải t&amp;oàn bài</translation>
    </message>
    <message>
        <source>Read the whole article from its web page, in place of the feed&apos;s text</source>
        <translation>Đọc toàn bộ bài viết từ trang web của nó, thay cho nội dung từ nguồn tin</translation>
    </message>
    <message>
        <source>Show &amp;Feed Text</source>
        <translation>Xem nội dung từ &amp;nguồn tin</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::LibraryNotices</name>
    <message>
        <source>Broadsheet Repaired Its Library</source>
        <translation>Broadsheet đã sửa thư viện</translation>
    </message>
    <message>
        <source>The library file was damaged. Broadsheet made a new one and brought back what it could.</source>
        <translation>Tệp thư viện đã bị hỏng. Broadsheet đã tạo một thư viện mới và khôi phục những gì có thể.</translation>
    </message>
    <message>
        <source>Show Damaged File</source>
        <translation>Xem tệp bị hỏng</translation>
    </message>
    <message>
        <source>The Library Is Read-Only</source>
        <translation>Thư viện chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>Broadsheet cannot save anything in your library.</source>
        <translation>Broadsheet không thể lưu gì vào thư viện của bạn.</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>Thư viện bị hỏng</translation>
    </message>
    <message>
        <source>Broadsheet found damage in its library file.</source>
        <translation>Broadsheet phát hiện tệp thư viện bị hỏng.</translation>
    </message>
    <message>
        <source>Some articles may be missing or fail to open until it is repaired. Broadsheet keeps the damaged file and repairs the library the next time it starts: your sites, drafts and comments waiting to be sent are kept.</source>
        <translation>Một số bài viết có thể bị thiếu hoặc không mở được cho đến khi thư viện được sửa. Broadsheet giữ lại tệp bị hỏng và sửa thư viện vào lần khởi động tới: các trang, bản nháp và bình luận đang chờ gửi của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::MainWindow</name>
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Tiến trình làm mới</translation>
    </message>
    <message>
        <source>Welcome to Broadsheet</source>
        <translation>Chào mừng đến với Broadsheet</translation>
    </message>
    <message>
        <source>Choose an article in the list to read it here.</source>
        <translation>Chọn một bài viết trong danh sách để đọc tại đây.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Refresh All Sites</source>
        <translation>&amp;Làm mới tất cả các trang</translation>
    </message>
    <message>
        <source>&amp;Stop Refreshing</source>
        <translation>&amp;Dừng làm mới</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Bài &amp;tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Bài t&amp;rước</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Cỡ bình thường</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>Tì&amp;m bài viết</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Đánh dấu đã đọ&amp;c</translation>
    </message>
    <message>
        <source>S&amp;tar</source>
        <translation>&amp;Gắn sao</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>&amp;Mở bài gốc trong trình duyệt</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Đá&amp;nh dấu tất cả là đã đọc</translation>
    </message>
    <message>
        <source>&amp;About Broadsheet</source>
        <translation>&amp;Giới thiệu Broadsheet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Thư &amp;viện</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Chưa chọn bài viết nào</translation>
    </message>
    <message>
        <source>Article not found</source>
        <translation>Không tìm thấy bài viết</translation>
    </message>
    <message>
        <source>The article is no longer in your library.</source>
        <translation>Bài viết này không còn trong thư viện của bạn.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %n site(s)</source>
        <translation>
            <numerusform>Đang làm mới %1 trên %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n site(s)</source>
        <translation>
            <numerusform>Đã làm mới %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be refreshed; the Sites pane shows why.</source>
        <translation>
            <numerusform>%n trang không làm mới được; khung Trang cho biết lý do.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>&amp;Thêm trang…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>Nhậ&amp;p OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Xuất OPML…</translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation>Tìm tr&amp;ong bài viết</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Remove Site</source>
        <translation>Gỡ trang</translation>
    </message>
    <message>
        <source>Stop following “%1” and remove its articles from your library? Starred articles are removed too.</source>
        <translation>Ngừng theo dõi “%1” và xóa các bài viết của trang này khỏi thư viện? Các bài đã gắn sao cũng sẽ bị xóa.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Đã gỡ %1</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Không gỡ được %1.</translation>
    </message>
    <message>
        <source>Show &amp;Sites</source>
        <translation>Hiện &amp;trang</translation>
    </message>
    <message>
        <source>Go to &amp;Comments</source>
        <translation>Đến phần &amp;bình luận</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Bài &amp;chưa đọc tiếp theo</translation>
    </message>
    <message>
        <source>No unread articles</source>
        <translation>Không còn bài viết chưa đọc</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Đánh dấu chưa đọ&amp;c</translation>
    </message>
    <message>
        <source>Remove S&amp;tar</source>
        <translation>&amp;Bỏ gắn sao</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Scroll the article down; at its end, go to the next unread article</source>
        <translation>Cuộn bài viết xuống; khi hết bài, chuyển sang bài chưa đọc tiếp theo</translation>
    </message>
    <message>
        <source>Scroll the article up</source>
        <translation>Cuộn bài viết lên</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Trả lời…</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>Thêm &amp;tài khoản…</translation>
    </message>
    <message>
        <source>My Comments</source>
        <translation>Bình luận của tôi</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::MyCommentsDialog</name>
    <message>
        <source>My Comments</source>
        <translation>Bình luận của tôi</translation>
    </message>
    <message>
        <source>Comments you posted</source>
        <translation>Các bình luận bạn đã gửi</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Kiểm tra ngay</translation>
    </message>
    <message>
        <source>Asking the sites…</source>
        <translation>Đang hỏi các trang…</translation>
    </message>
    <message>
        <source>Offline: Broadsheet will check when the network is back.</source>
        <translation>Đang ngoại tuyến: Broadsheet sẽ kiểm tra khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Conversations checked: %1.</source>
        <translation>Số cuộc thảo luận đã kiểm tra: %1.</translation>
    </message>
    <message>
        <source>1 new event in your conversations.</source>
        <translation>1 tin mới trong các cuộc thảo luận của bạn.</translation>
    </message>
    <message>
        <source>%1 new events in your conversations.</source>
        <translation>%1 tin mới trong các cuộc thảo luận của bạn.</translation>
    </message>
    <message>
        <source>Nothing new in your conversations.</source>
        <translation>Không có gì mới trong các cuộc thảo luận của bạn.</translation>
    </message>
    <message>
        <source>Comments you post from Broadsheet appear here.</source>
        <translation>Các bình luận bạn gửi từ Broadsheet sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::OpmlFiles</name>
    <message>
        <source>Import OPML</source>
        <translation>Nhập OPML</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Danh sách theo dõi OPML (*.opml *.xml);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new site(s)</source>
        <translation>
            <numerusform>Đã nhập %n trang mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already followed</source>
        <translation>
            <numerusform>; %n trang đã theo dõi từ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped: %1</source>
        <translation>
            <numerusform>; bỏ qua %n trang: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Xuất OPML</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>Danh sách theo dõi OPML (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported your sites to %1</source>
        <translation>Đã xuất các trang của bạn ra %1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Refresh all sites when Broadsheet starts</source>
        <translation>Làm mới tất cả các trang khi Broadsheet khởi động</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Làm mới &amp;mỗi:</translation>
    </message>
    <message>
        <source> min (0: never)</source>
        <translation> phút (0: không bao giờ)</translation>
    </message>
    <message>
        <source>Remove read articles &amp;older than:</source>
        <translation>Xóa bài đã đọc &amp;cũ hơn:</translation>
    </message>
    <message>
        <source> days (0: keep all; starred are always kept)</source>
        <translation> ngày (0: giữ tất cả; bài gắn sao luôn được giữ)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <source> steps from normal</source>
        <translation> bậc so với bình thường</translation>
    </message>
    <message>
        <source>Load &amp;images:</source>
        <translation>Tải ả&amp;nh:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Luôn luôn</translation>
    </message>
    <message>
        <source>Never (show a link instead)</source>
        <translation>Không bao giờ (hiện liên kết thay thế)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Mark articles as read when opened</source>
        <translation>Đánh dấu bài viết là đã đọc khi mở</translation>
    </message>
    <message>
        <source>Remember my name, email and website for comments</source>
        <translation>Ghi nhớ tên, email và trang web của tôi cho bình luận</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Trang:</translation>
    </message>
    <message>
        <source>Passwords for signing in are kept in your system&apos;s keychain, never in a settings file.</source>
        <translation>Mật khẩu đăng nhập được lưu trong kho mật khẩu của hệ thống, không bao giờ lưu trong tệp cài đặt.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>Send &amp;comments:</source>
        <translation>Gửi &amp;bình luận:</translation>
    </message>
    <message>
        <source>How Broadsheet sends the comments you write on this site (the comment backend).</source>
        <translation>Cách Broadsheet gửi các bình luận bạn viết trên trang này (phần xử lý bình luận).</translation>
    </message>
    <message>
        <source>More Comment Settings…</source>
        <translation>Thêm cài đặt bình luận…</translation>
    </message>
    <message>
        <source>Addresses of the site&apos;s comment interfaces, and signing in.</source>
        <translation>Địa chỉ các giao diện bình luận của trang, và việc đăng nhập.</translation>
    </message>
    <message>
        <source>As set up in the system (recommended)</source>
        <translation>Theo cài đặt của hệ thống (khuyên dùng)</translation>
    </message>
    <message>
        <source>Directly</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Through the server below</source>
        <translation>Qua máy chủ bên dưới</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Kết nối:</translation>
    </message>
    <message>
        <source>The proxy: the system&apos;s settings, none, or a manual HTTP proxy at the address below.</source>
        <translation>Proxy: theo cài đặt của hệ thống, không dùng, hoặc một proxy HTTP tự đặt ở địa chỉ bên dưới.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>The HTTP proxy&apos;s host name or address.</source>
        <translation>Tên máy hoặc địa chỉ của proxy HTTP.</translation>
    </message>
    <message>
        <source>The HTTP proxy&apos;s port.</source>
        <translation>Cổng của proxy HTTP.</translation>
    </message>
    <message>
        <source>Sp&amp;ace for saved images:</source>
        <translation>Dung lượng cho ả&amp;nh đã lưu:</translation>
    </message>
    <message>
        <source>The image cache on disk: images kept so that articles show them offline.</source>
        <translation>Bộ nhớ đệm ảnh trên đĩa: ảnh được giữ lại để bài viết vẫn hiện chúng khi ngoại tuyến.</translation>
    </message>
    <message>
        <source>Read &amp;full articles of:</source>
        <translation>Tải &amp;toàn bài cho:</translation>
    </message>
    <message>
        <source> newest unread per site (0: only on opening)</source>
        <translation> bài mới nhất chưa đọc của mỗi trang (0: chỉ khi mở bài)</translation>
    </message>
    <message>
        <source>After each refresh, the full article behind an excerpt is read for this many of each site&apos;s newest unread articles, so that it is there offline.</source>
        <translation>Sau mỗi lần làm mới, toàn bài phía sau đoạn trích được tải cho chừng ấy bài mới nhất chưa đọc của mỗi trang, để có thể đọc khi không có mạng.</translation>
    </message>
    <message>
        <source>&amp;Full articles:</source>
        <translation>&amp;Toàn bài:</translation>
    </message>
    <message>
        <source>Whether to read the whole article from its web page when the feed gives only the first lines.</source>
        <translation>Có đọc toàn bộ bài viết từ trang web của nó hay không khi nguồn tin chỉ cho vài dòng đầu.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How a screen reader says a shortcut&apos;s row: &quot;Mark as Read: M&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SingleInstance</name>
    <message>
        <source>Could not lock %1.</source>
        <translation>Không khóa được %1.</translation>
    </message>
    <message>
        <source>Another Broadsheet is already running on this profile.</source>
        <translation>Một Broadsheet khác đang chạy trên hồ sơ này.</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SitesPane</name>
    <message>
        <source>Sites</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>&amp;Refresh This Site</source>
        <translation>&amp;Làm mới trang này</translation>
    </message>
    <message>
        <source>&amp;Refresh All Sites</source>
        <translation>&amp;Làm mới tất cả các trang</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <source>Re&amp;move Site…</source>
        <translation>&amp;Gỡ trang…</translation>
    </message>
    <message>
        <source>Re&amp;name Subscription…</source>
        <translation>Đổi &amp;tên mục đăng ký…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to Folder…</source>
        <translation>&amp;Chuyển vào thư mục…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Hủy đăng ký…</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SourceChooser</name>
    <message>
        <source>Other sources</source>
        <translation>Các nguồn khác</translation>
    </message>
    <message>
        <source>Sources found</source>
        <translation>Các nguồn tìm thấy</translation>
    </message>
    <message>
        <source>Other sources (%1)</source>
        <translation>Các nguồn khác (%1)</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Nguồn: %1, %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::StartPage</name>
    <message>
        <source>Welcome to Broadsheet</source>
        <translation>Chào mừng đến với Broadsheet</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n chưa đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>all read</source>
        <translation>đã đọc hết</translation>
    </message>
    <message>
        <source>could not be refreshed</source>
        <translation>không làm mới được</translation>
    </message>
    <message>
        <source>You follow no site yet. Choose Library → Add Site… (%1) and type the address of a site you read.</source>
        <translation>Bạn chưa theo dõi trang nào. Chọn Thư viện → Thêm trang… (%1) và nhập địa chỉ một trang bạn hay đọc.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread article(s)</source>
        <translation>
            <numerusform>%n bài chưa đọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sites</source>
        <translation>Các trang của bạn</translation>
    </message>
    <message>
        <source>Newest articles</source>
        <translation>Bài viết mới nhất</translation>
    </message>
    <message>
        <source>No articles yet. Press %1 to refresh your sites.</source>
        <translation>Chưa có bài viết nào. Bấm %1 để làm mới các trang.</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>chưa đọc</translation>
    </message>
    <message>
        <source>next article</source>
        <translation>bài tiếp theo</translation>
    </message>
    <message>
        <source>previous article</source>
        <translation>bài trước</translation>
    </message>
    <message>
        <source>mark as read or unread</source>
        <translation>đánh dấu đã đọc hoặc chưa đọc</translation>
    </message>
    <message>
        <source>star</source>
        <translation>gắn sao</translation>
    </message>
    <message>
        <source>open the original page in your browser</source>
        <translation>mở trang gốc trong trình duyệt</translation>
    </message>
    <message>
        <source>refresh every site</source>
        <translation>làm mới mọi trang</translation>
    </message>
    <message>
        <source>find in the article</source>
        <translation>tìm trong bài viết</translation>
    </message>
    <message>
        <source>add a site</source>
        <translation>thêm một trang</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Bắt đầu thế nào</translation>
    </message>
    <message>
        <source>Choose an article in the list to read it here, with its comments. The keys that move you through the news:</source>
        <translation>Chọn một bài viết trong danh sách để đọc ở đây, cùng các bình luận. Các phím giúp bạn đi qua tin tức:</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SubscriptionActions</name>
    <message>
        <source>Unsubscribe</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on %2? The service and Broadsheet stop following it, and its articles are removed, starred ones too.</source>
        <translation>Hủy đăng ký “%1” trên %2? Dịch vụ và Broadsheet sẽ ngừng theo dõi nó, và các bài viết của nó bị xóa, kể cả bài đã gắn sao.</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>&amp;Hủy đăng ký</translation>
    </message>
    <message>
        <source>Unsubscribing from %1…</source>
        <translation>Đang hủy đăng ký %1…</translation>
    </message>
    <message>
        <source>%1 could not be unsubscribed: %2</source>
        <translation>Không thể hủy đăng ký %1: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>Đã hủy đăng ký %1</translation>
    </message>
    <message>
        <source>Rename Subscription</source>
        <translation>Đổi tên mục đăng ký</translation>
    </message>
    <message>
        <source>New name of “%1” (on the service too):</source>
        <translation>Tên mới của “%1” (cả trên dịch vụ):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>The subscription was not renamed: %1</source>
        <translation>Mục đăng ký chưa được đổi tên: %1</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Đã đổi tên thành %1</translation>
    </message>
    <message>
        <source>(No folder)</source>
        <translation>(Không có thư mục)</translation>
    </message>
    <message>
        <source>Move Subscription</source>
        <translation>Chuyển mục đăng ký</translation>
    </message>
    <message>
        <source>Folder for “%1” (type a name for a new one):</source>
        <translation>Thư mục cho “%1” (gõ tên để tạo thư mục mới):</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <source>The subscription was not moved: %1</source>
        <translation>Mục đăng ký chưa được chuyển: %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Đã chuyển vào %1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 (%3 of %4)</source>
        <translation>Đang đồng bộ %1: %2 (%3/%4)</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Đang đồng bộ %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts synced</source>
        <translation>Đã đồng bộ các tài khoản</translation>
    </message>
    <message>
        <source>Sync failed — %1</source>
        <translation>Đồng bộ thất bại — %1</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>ReaderDate</name>
    <message>
        <source>Today, %1</source>
        <translation>Hôm nay, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Hôm qua, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time: &quot;Tue, 17 Nov 2026&quot; and &quot;07:20&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Thiếu trình điều khiển SQLite cho Qt (gói libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Không mở được thư viện %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Broadsheet, a desktop news reader.</source>
        <translation>Broadsheet, trình đọc tin tức cho máy tính.</translation>
    </message>
    <message>
        <source>Use the library and settings in DIR.</source>
        <translation>Dùng thư viện và cài đặt trong thư mục DIR.</translation>
    </message>
    <message>
        <source>Load the library, refresh it, show the first article and quit (for tests).</source>
        <translation>Nạp thư viện, làm mới, hiển thị bài viết đầu tiên rồi thoát (dùng cho kiểm thử).</translation>
    </message>
    <message>
        <source>A feed URL, feed: URL or feed file to follow.</source>
        <translation>Địa chỉ nguồn tin, địa chỉ feed: hoặc tệp nguồn tin để theo dõi.</translation>
    </message>
    <message>
        <source>Broadsheet cannot start</source>
        <translation>Broadsheet không khởi động được</translation>
    </message>
    <message>
        <source>Open the first article whose title contains TEXT.</source>
        <translation>Mở bài viết đầu tiên có tiêu đề chứa TEXT.</translation>
    </message>
    <message>
        <source>No article title contains “%1”</source>
        <translation>Không có bài viết nào có tiêu đề chứa “%1”</translation>
    </message>
</context>
</TS>
