/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-generate-words.c — phrases for synthetic companies, of realistic length in each
 * language: a Vietnamese title takes more bytes than its English counterpart, and both
 * must reach the lengths real leaders write. */
#include "config.h"

#include "okr-generate-words.h"

#define POOL(a) { a, G_N_ELEMENTS (a) }

/* ───────────────────────── English ───────────────────────── */

static const char *const en_given[] = {
  "Olivia", "Liam", "Emma", "Noah", "Ava", "James", "Sophia", "Lucas", "Mia", "Ethan",
  "Harper", "Mason", "Amelia", "Logan", "Chloe", "Daniel", "Grace", "Henry", "Zoe", "Samuel",
  "Nora", "Jack", "Ella", "Owen",
};
static const char *const en_family[] = {
  "Walker", "Bennett", "Hughes", "Carter", "Reyes", "Foster", "Patel", "Nguyen", "Brooks",
  "Kim", "Morgan", "Price", "Hayes", "Ward", "Coleman", "Ross", "Ellis", "Shaw", "Grant",
  "Murphy",
};
static const char *const en_functions[] = {
  "Sales", "Marketing", "Engineering", "Product", "Customer Success", "Finance", "People",
  "Operations", "Data", "Legal",
};
static const char *const en_regions[] = {
  "North", "South", "Central", "Enterprise", "Small Business", "Online", "Partners",
  "International", "Platform", "Mobile",
};
static const char *const en_verbs[] = {
  "Grow", "Win", "Delight", "Simplify", "Scale", "Strengthen", "Launch", "Modernise", "Build",
  "Expand", "Accelerate", "Protect", "Transform", "Improve",
};
static const char *const en_objects[] = {
  "recurring revenue", "our enterprise customers", "onboarding for new clients",
  "the partner channel", "developer productivity", "platform reliability",
  "the mobile experience", "data quality across teams", "hiring for key roles",
  "customer retention", "brand awareness in new markets", "operational efficiency",
  "the self-service funnel", "security and compliance", "employee engagement", "cash flow",
  "product-led growth", "support response times", "the reporting pipeline",
  "our presence in Southeast Asia", "the quality of every release", "pricing and packaging",
};
static const char *const en_qualifiers[] = {
  "", "", " this quarter", " in the northern region", " for small businesses",
  " without growing headcount", " across every team", " before the peak season",
  " while keeping costs flat", " so customers stay with us", " with fewer handoffs",
};
static const char *const en_descriptions[] = {
  "Customers told us in the last survey that this is what holds them back.",
  "This is the one thing that makes the annual plan possible; everything else can wait.",
  "We tried this two quarters ago without an owner. This time one person answers for it.",
  "The board asked for a clear answer by the end of the year, and this is the first step.",
  "Our competitors moved first. We will not win by copying them, but by being simpler.",
  "Most of the work is already planned; what is missing is focus and a weekly rhythm.",
  "Teams below us will align their objectives to this one, so keep it stable.",
  "Success means a customer notices the difference without being told about it.",
};
static const char *const en_kr_verbs[] = {
  "Increase", "Grow", "Reach", "Raise", "Lift",
};
static const char *const en_number_metrics[] = {
  "weekly active teams", "qualified leads per month", "new enterprise accounts",
  "published customer case studies", "deployments per week", "partner integrations live",
  "trained support agents", "active resellers", "monthly webinar attendees",
  "customer interviews held", "signed letters of intent", "self-service sign-ups per week",
};
static const char *const en_percent_metrics[] = {
  "net revenue retention", "trial-to-paid conversion", "on-time delivery rate",
  "test coverage of core services", "first-contact resolution",
  "share of invoices paid on time", "employee engagement score", "forecast accuracy",
};
static const char *const en_currency_metrics[] = {
  "annual recurring revenue", "pipeline sourced by partners", "upsell revenue",
  "savings from vendor renegotiation", "revenue from new markets",
};
static const char *const en_deliverables[] = {
  "Launch the self-service portal", "Sign the first distribution partner in Thailand",
  "Pass the ISO 27001 audit", "Retire the legacy billing system",
  "Publish the new pricing page", "Open the Da Nang office",
  "Ship single sign-on for every plan", "Agree the new travel policy with the works council",
};
static const char *const en_projects[] = {
  "Roll out the new CRM to every sales team", "Migrate payments to the new provider",
  "Deliver the data warehouse", "Run the first leadership programme",
  "Move support to one ticketing system", "Rebuild the onboarding flow",
};
static const char *const en_milestones[] = {
  "Scope agreed", "Vendor chosen", "Pilot with one team", "Half of the teams moved",
  "Everyone moved", "Old system switched off", "Training done",
};
static const char *const en_rollups[] = {
  "Teams below deliver their objectives", "Every region reaches its plan",
  "All squads hit their quarterly goals", "Departments deliver what they committed",
};
static const OkrControlWords en_controls[] = {
  { "Keep monthly churn below 2%", "%", 2, TRUE },
  { "Keep p95 page load under 2 seconds", "s", 2, TRUE },
  { "Keep the support backlog under 50 tickets", "tickets", 50, TRUE },
  { "Keep cost per lead under $40", "$", 40, TRUE },
  { "Keep uptime above 99.9%", "%", 99.9, FALSE },
  { "Keep gross margin above 70%", "%", 70, FALSE },
};
static const char *const en_notes[] = {
  "Closed two deals that had stalled since last month.",
  "The pilot customers are happy; we are widening it to the next group.",
  "Hiring is slower than planned: two offers are still open.",
  "Numbers are flat this week because of the public holiday.",
  "We found a data problem in last week's report, so this figure replaces it.",
  "Good week. The new onboarding emails doubled the reply rate.",
  "Still waiting for legal to approve the contract template.",
  "The team was pulled into an incident for three days.",
  "Momentum is back after the reorganisation.",
  "Two customers asked for the same feature; we moved it up the list.",
  "Spent the week on the partner summit; expect a jump next week.",
  "Ahead of plan, but most of it came from a single large customer.",
};
static const char *const en_went_well[] = {
  "The weekly review kept everyone on the same page.",
  "Sales and support finally share one customer list.",
  "The new dashboard saves each manager an hour a week.",
  "We shipped on the day we promised.",
};
static const char *const en_blocked_by[] = {
  "Waiting on the vendor's API keys.", "Budget approval is stuck with finance.",
  "Two people out sick.", "The test environment was down for most of the week.",
};
static const char *const en_next_steps[] = {
  "Call the three largest accounts before Friday.", "Hire a contractor for the migration.",
  "Ask the product team for a decision on scope.", "Run the pilot with the second team.",
};
static const char *const en_score_reasons[] = {
  "Missed the target, but the trend is right and we learned what drives it.",
  "Reached it in the last week of the quarter.", "Overtaken by the reorganisation.",
  "Fully delivered; the target was probably too safe.",
};
static const char *const en_retraction_reasons[] = {
  "Entered on the wrong key result.", "Typo in the value.", "Duplicate of the previous check-in.",
};
static const char *const en_retro_well[] = {
  "Weekly check-ins became a habit; nobody had to be chased.",
  "Alignment with the company objectives was clear from the first week.",
};
static const char *const en_retro_badly[] = {
  "Too many key results: we spread ourselves thin.",
  "Targets were set before we had a baseline.",
};
static const char *const en_retro_change[] = {
  "At most three key results per objective next quarter.",
  "Measure the baseline in the first two weeks before committing to a target.",
};
static const char *const en_initiatives[] = {
  "Weekly pipeline review with every account manager", "Customer advisory board",
  "Referral programme for existing customers", "Automate the monthly invoicing run",
  "Run a pricing experiment on the starter plan", "Write the internal playbook",
};
static const OkrKpiWords en_kpis[] = {
  { "Monthly recurring revenue", "k$", 850, 900, 700 },
  { "Net promoter score", "", 42, 50, 30 },
  { "Active customers", "", 3200, 3500, 2800 },
  { "Gross margin", "%", 71, 72, 65 },
  { "Support tickets opened", "", 410, 350, 500 },
  { "Cash runway", "months", 20, 18, 12 },
  { "Headcount", "", 240, 250, 220 },
  { "Website visitors", "k", 120, 130, 90 },
};

/* ───────────────────────── Vietnamese ───────────────────────── */

static const char *const vi_given[] = {
  "An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan",
  "Linh", "Long", "Mai", "Nam", "Ngân", "Phong", "Phương", "Quân", "Tâm", "Thảo", "Thu",
  "Trang", "Tú", "Tuấn", "Vy", "Yến",
};
static const char *const vi_middle[] = {
  "Văn", "Thị", "Minh", "Hữu", "Thanh", "Ngọc", "Đức", "Quang", "Bảo", "Thu",
};
static const char *const vi_family[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý",
};
static const char *const vi_functions[] = {
  "Kinh doanh", "Tiếp thị", "Kỹ thuật", "Sản phẩm", "Chăm sóc khách hàng", "Tài chính",
  "Nhân sự", "Vận hành", "Dữ liệu", "Pháp chế",
};
static const char *const vi_regions[] = {
  "Miền Bắc", "Miền Nam", "Miền Trung", "Doanh nghiệp lớn", "Doanh nghiệp nhỏ", "Trực tuyến",
  "Đối tác", "Quốc tế", "Nền tảng", "Di động",
};
static const char *const vi_verbs[] = {
  "Tăng trưởng", "Chinh phục", "Làm hài lòng", "Đơn giản hóa", "Mở rộng", "Củng cố",
  "Ra mắt", "Hiện đại hóa", "Xây dựng", "Phát triển", "Đẩy nhanh", "Bảo vệ", "Chuyển đổi",
  "Nâng cao",
};
static const char *const vi_objects[] = {
  "doanh thu định kỳ", "nhóm khách hàng doanh nghiệp", "quy trình tiếp nhận khách hàng mới",
  "kênh đối tác", "năng suất của đội phát triển", "độ ổn định của nền tảng",
  "trải nghiệm trên di động", "chất lượng dữ liệu giữa các nhóm",
  "tuyển dụng cho các vị trí then chốt", "tỷ lệ giữ chân khách hàng",
  "độ nhận diện thương hiệu ở thị trường mới", "hiệu quả vận hành",
  "kênh bán hàng tự phục vụ", "an ninh thông tin và tuân thủ", "sự gắn kết của nhân viên",
  "dòng tiền", "tăng trưởng dựa trên sản phẩm", "thời gian phản hồi hỗ trợ",
  "quy trình báo cáo", "sự hiện diện tại Đông Nam Á", "chất lượng của từng bản phát hành",
  "chính sách giá và gói sản phẩm",
};
static const char *const vi_qualifiers[] = {
  "", "", " trong quý này", " tại khu vực miền Bắc", " cho doanh nghiệp nhỏ",
  " mà không tăng nhân sự", " ở mọi nhóm", " trước mùa cao điểm",
  " trong khi giữ chi phí ổn định", " để khách hàng gắn bó lâu hơn",
  " với ít khâu bàn giao hơn",
};
static const char *const vi_descriptions[] = {
  "Trong khảo sát gần nhất, khách hàng cho biết đây là điều cản trở họ nhiều nhất.",
  "Đây là điều kiện để kế hoạch năm khả thi; mọi việc khác có thể chờ.",
  "Hai quý trước chúng ta đã thử mà không có người chịu trách nhiệm. Lần này có một người "
  "chịu trách nhiệm chính.",
  "Hội đồng quản trị cần câu trả lời rõ ràng trước cuối năm, và đây là bước đầu tiên.",
  "Đối thủ đã đi trước. Chúng ta không thắng bằng cách sao chép, mà bằng sự đơn giản.",
  "Phần lớn công việc đã có kế hoạch; điều còn thiếu là sự tập trung và nhịp độ hằng tuần.",
  "Các nhóm bên dưới sẽ liên kết mục tiêu của mình vào mục tiêu này, nên hãy giữ nó ổn định.",
  "Thành công là khi khách hàng nhận ra sự khác biệt mà không cần ai nói cho họ biết.",
};
static const char *const vi_kr_verbs[] = {
  "Tăng", "Nâng", "Đạt", "Đưa", "Cải thiện",
};
static const char *const vi_number_metrics[] = {
  "số nhóm hoạt động hằng tuần", "số khách hàng tiềm năng đủ điều kiện mỗi tháng",
  "số tài khoản doanh nghiệp mới", "số câu chuyện khách hàng được công bố",
  "số lần triển khai mỗi tuần", "số tích hợp đối tác đang chạy",
  "số nhân viên hỗ trợ được đào tạo", "số đại lý đang hoạt động",
  "số người tham dự hội thảo trực tuyến mỗi tháng", "số buổi phỏng vấn khách hàng",
  "số thư ý định đã ký", "số lượt đăng ký tự phục vụ mỗi tuần",
};
static const char *const vi_percent_metrics[] = {
  "tỷ lệ giữ chân doanh thu thuần", "tỷ lệ chuyển đổi từ dùng thử sang trả phí",
  "tỷ lệ giao hàng đúng hẹn", "độ bao phủ kiểm thử của các dịch vụ lõi",
  "tỷ lệ giải quyết ngay lần đầu", "tỷ lệ hóa đơn được thanh toán đúng hạn",
  "chỉ số gắn kết của nhân viên", "độ chính xác của dự báo",
};
static const char *const vi_currency_metrics[] = {
  "doanh thu định kỳ hằng năm", "giá trị cơ hội từ đối tác", "doanh thu bán thêm",
  "khoản tiết kiệm nhờ đàm phán lại với nhà cung cấp", "doanh thu từ thị trường mới",
};
static const char *const vi_deliverables[] = {
  "Ra mắt cổng tự phục vụ", "Ký hợp đồng với nhà phân phối đầu tiên tại Thái Lan",
  "Vượt qua đợt đánh giá ISO 27001", "Ngừng hệ thống thanh toán cũ",
  "Công bố trang bảng giá mới", "Khai trương văn phòng Đà Nẵng",
  "Hỗ trợ đăng nhập một lần cho mọi gói", "Thống nhất chính sách công tác mới với công đoàn",
};
static const char *const vi_projects[] = {
  "Triển khai CRM mới cho mọi nhóm kinh doanh", "Chuyển thanh toán sang nhà cung cấp mới",
  "Hoàn thành kho dữ liệu", "Tổ chức chương trình phát triển lãnh đạo đầu tiên",
  "Gom bộ phận hỗ trợ về một hệ thống phiếu yêu cầu", "Xây dựng lại luồng tiếp nhận khách hàng",
};
static const char *const vi_milestones[] = {
  "Chốt phạm vi", "Chọn nhà cung cấp", "Thí điểm với một nhóm", "Một nửa số nhóm đã chuyển",
  "Tất cả đã chuyển", "Tắt hệ thống cũ", "Hoàn tất đào tạo",
};
static const char *const vi_rollups[] = {
  "Các nhóm bên dưới hoàn thành mục tiêu", "Mọi khu vực đạt kế hoạch",
  "Mọi tổ đạt mục tiêu quý", "Các phòng ban hoàn thành cam kết",
};
static const OkrControlWords vi_controls[] = {
  { "Giữ tỷ lệ rời bỏ hằng tháng dưới 2%", "%", 2, TRUE },
  { "Giữ thời gian tải trang p95 dưới 2 giây", "giây", 2, TRUE },
  { "Giữ số phiếu hỗ trợ tồn đọng dưới 50", "phiếu", 50, TRUE },
  { "Giữ chi phí mỗi khách hàng tiềm năng dưới 900.000 ₫", "₫", 900000, TRUE },
  { "Giữ thời gian hoạt động trên 99,9%", "%", 99.9, FALSE },
  { "Giữ biên lợi nhuận gộp trên 70%", "%", 70, FALSE },
};
static const char *const vi_notes[] = {
  "Đã chốt được hai hợp đồng bị treo từ tháng trước.",
  "Khách hàng thí điểm hài lòng; tuần sau mở rộng sang nhóm tiếp theo.",
  "Tuyển dụng chậm hơn kế hoạch: còn hai lời mời chưa được nhận.",
  "Số liệu đi ngang tuần này vì nghỉ lễ.",
  "Phát hiện lỗi dữ liệu trong báo cáo tuần trước, số này thay cho số cũ.",
  "Tuần tốt. Chuỗi email tiếp nhận mới giúp tỷ lệ phản hồi tăng gấp đôi.",
  "Vẫn đang chờ phòng pháp chế duyệt mẫu hợp đồng.",
  "Cả nhóm phải xử lý sự cố trong ba ngày.",
  "Đà tăng trưởng đã trở lại sau đợt tái cơ cấu.",
  "Hai khách hàng cùng yêu cầu một tính năng; chúng tôi đã đưa nó lên trước.",
  "Cả tuần dành cho hội nghị đối tác; tuần sau số liệu sẽ tăng mạnh.",
  "Vượt kế hoạch, nhưng phần lớn đến từ một khách hàng lớn.",
};
static const char *const vi_went_well[] = {
  "Buổi rà soát hằng tuần giúp mọi người nắm cùng một thông tin.",
  "Kinh doanh và hỗ trợ cuối cùng đã dùng chung một danh sách khách hàng.",
  "Bảng điều khiển mới giúp mỗi quản lý tiết kiệm một giờ mỗi tuần.",
  "Chúng tôi bàn giao đúng ngày đã hứa.",
};
static const char *const vi_blocked_by[] = {
  "Đang chờ nhà cung cấp cấp khóa API.", "Phê duyệt ngân sách đang kẹt ở phòng tài chính.",
  "Hai người nghỉ ốm.", "Môi trường kiểm thử bị sập gần cả tuần.",
};
static const char *const vi_next_steps[] = {
  "Gọi cho ba khách hàng lớn nhất trước thứ Sáu.", "Thuê một đơn vị ngoài hỗ trợ chuyển đổi.",
  "Đề nghị nhóm sản phẩm quyết định phạm vi.", "Chạy thí điểm với nhóm thứ hai.",
};
static const char *const vi_score_reasons[] = {
  "Chưa đạt mục tiêu, nhưng xu hướng đúng và chúng tôi đã hiểu điều gì tạo ra kết quả.",
  "Đạt được vào tuần cuối cùng của quý.", "Bị ảnh hưởng bởi đợt tái cơ cấu.",
  "Hoàn thành trọn vẹn; có lẽ mục tiêu đặt quá an toàn.",
};
static const char *const vi_retraction_reasons[] = {
  "Nhập nhầm vào kết quả then chốt khác.", "Gõ nhầm giá trị.", "Trùng với lần cập nhật trước.",
};
static const char *const vi_retro_well[] = {
  "Cập nhật hằng tuần đã thành thói quen; không ai phải nhắc.",
  "Sự liên kết với mục tiêu công ty rõ ràng ngay từ tuần đầu.",
};
static const char *const vi_retro_badly[] = {
  "Quá nhiều kết quả then chốt: chúng tôi bị dàn trải.",
  "Mục tiêu được đặt trước khi có số liệu nền.",
};
static const char *const vi_retro_change[] = {
  "Quý sau tối đa ba kết quả then chốt cho mỗi mục tiêu.",
  "Đo số liệu nền trong hai tuần đầu rồi mới cam kết mục tiêu.",
};
static const char *const vi_initiatives[] = {
  "Họp rà soát cơ hội hằng tuần với từng quản lý khách hàng", "Hội đồng tư vấn khách hàng",
  "Chương trình giới thiệu cho khách hàng hiện tại", "Tự động hóa việc xuất hóa đơn hằng tháng",
  "Thử nghiệm giá cho gói khởi đầu", "Viết cẩm nang nội bộ",
};
static const OkrKpiWords vi_kpis[] = {
  { "Doanh thu định kỳ hằng tháng", "tỷ ₫", 21, 22, 18 },
  { "Chỉ số NPS", "", 42, 50, 30 },
  { "Số khách hàng đang hoạt động", "", 3200, 3500, 2800 },
  { "Biên lợi nhuận gộp", "%", 71, 72, 65 },
  { "Số phiếu hỗ trợ mới", "", 410, 350, 500 },
  { "Số tháng đủ tiền mặt", "tháng", 20, 18, 12 },
  { "Tổng số nhân sự", "", 240, 250, 220 },
  { "Lượt truy cập website", "nghìn", 120, 130, 90 },
};

static const OkrWords words[OKR_WORDS_N_LANGS] = {
  [OKR_WORDS_EN] = {
    .company = "Northwind Holdings",
    .year_format = "%d",
    .quarter_format = "Q%d %d",
    .region_format = "%s %s",
    .team_format = "%s %s – team %u",
    .family_name_first = FALSE,
    .given_names = POOL (en_given),
    .middle_names = { NULL, 0 },
    .family_names = POOL (en_family),
    .functions = POOL (en_functions),
    .regions = POOL (en_regions),
    .objective_verbs = POOL (en_verbs),
    .objective_objects = POOL (en_objects),
    .objective_qualifiers = POOL (en_qualifiers),
    .descriptions = POOL (en_descriptions),
    .kr_verbs = POOL (en_kr_verbs),
    .number_metrics = POOL (en_number_metrics),
    .percent_metrics = POOL (en_percent_metrics),
    .currency_metrics = POOL (en_currency_metrics),
    .currency_label = "$",
    .currency_scale = 1000,
    .deliverables = POOL (en_deliverables),
    .projects = POOL (en_projects),
    .milestones = POOL (en_milestones),
    .rollups = POOL (en_rollups),
    .controls = en_controls,
    .n_controls = G_N_ELEMENTS (en_controls),
    .notes = POOL (en_notes),
    .went_well = POOL (en_went_well),
    .blocked_by = POOL (en_blocked_by),
    .next_steps = POOL (en_next_steps),
    .score_reasons = POOL (en_score_reasons),
    .retraction_reasons = POOL (en_retraction_reasons),
    .retro_well = POOL (en_retro_well),
    .retro_badly = POOL (en_retro_badly),
    .retro_change = POOL (en_retro_change),
    .initiatives = POOL (en_initiatives),
    .kpis = en_kpis,
    .n_kpis = G_N_ELEMENTS (en_kpis),
  },
  [OKR_WORDS_VI] = {
    .company = "Tập đoàn Sao Việt",
    .year_format = "Năm %d",
    .quarter_format = "Quý %d/%d",
    .region_format = "%s %s",
    .team_format = "%s %s – nhóm %u",
    .family_name_first = TRUE,
    .given_names = POOL (vi_given),
    .middle_names = POOL (vi_middle),
    .family_names = POOL (vi_family),
    .functions = POOL (vi_functions),
    .regions = POOL (vi_regions),
    .objective_verbs = POOL (vi_verbs),
    .objective_objects = POOL (vi_objects),
    .objective_qualifiers = POOL (vi_qualifiers),
    .descriptions = POOL (vi_descriptions),
    .kr_verbs = POOL (vi_kr_verbs),
    .number_metrics = POOL (vi_number_metrics),
    .percent_metrics = POOL (vi_percent_metrics),
    .currency_metrics = POOL (vi_currency_metrics),
    .currency_label = "triệu ₫",
    .currency_scale = 100,
    .deliverables = POOL (vi_deliverables),
    .projects = POOL (vi_projects),
    .milestones = POOL (vi_milestones),
    .rollups = POOL (vi_rollups),
    .controls = vi_controls,
    .n_controls = G_N_ELEMENTS (vi_controls),
    .notes = POOL (vi_notes),
    .went_well = POOL (vi_went_well),
    .blocked_by = POOL (vi_blocked_by),
    .next_steps = POOL (vi_next_steps),
    .score_reasons = POOL (vi_score_reasons),
    .retraction_reasons = POOL (vi_retraction_reasons),
    .retro_well = POOL (vi_retro_well),
    .retro_badly = POOL (vi_retro_badly),
    .retro_change = POOL (vi_retro_change),
    .initiatives = POOL (vi_initiatives),
    .kpis = vi_kpis,
    .n_kpis = G_N_ELEMENTS (vi_kpis),
  },
};

const OkrWords *
okr_words_get (OkrWordsLang lang)
{
  g_return_val_if_fail (lang < OKR_WORDS_N_LANGS, &words[OKR_WORDS_EN]);
  return &words[lang];
}
