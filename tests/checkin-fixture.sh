#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes a document for the weekly check-in: a company with Sales (Ann's ten key results, one
# of every kind and more, with three weeks of check-ins) and Support (Bob's), in a quarter
# around TODAY. Used by the keyboard test and for screenshots.
#
#   tests/checkin-fixture.sh CASCADE_CLI FILE.okr [TODAY] [en|vi]
set -eu
cli=$1
doc=$2
today=${3:-$(date +%F)}
lang=${4:-en}

day () { date -d "$today $1 days" +%F; }
run () { "$cli" --today "$today" "$@" >/dev/null; }

rm -f "$doc"
if [ "$lang" = vi ]; then
  company="Công ty Sông Hồng"; sales="Kinh doanh"; support="Hỗ trợ"
  o1="Chiếm lĩnh thị trường miền Bắc"; o2="Giữ chân khách hàng"; o3="Hệ thống ổn định"
  k1="Khách hàng mới"; k2="Tỷ lệ chốt đơn"; k3="Doanh thu quý"; k4="Ra mắt bảng giá mới"
  k5="Mở cửa hàng Hà Nội"; k6="Thời gian hoạt động"; k7="Cuộc gọi mỗi tuần"; k8="Gia hạn hợp đồng"
  k9="Phiếu hỗ trợ tồn đọng"; k10="Điểm hài lòng"; k11="Thời gian phản hồi"
  m1="Chọn mặt bằng"; m2="Ký hợp đồng thuê"; m3="Trang trí"; m4="Tuyển nhân viên"; m5="Khai trương"
  unit="khách hàng"; money="triệu ₫"; calls="cuộc gọi"
  n1="Hai hợp đồng lớn"; n2="Thiếu hàng mẫu"; n3="Gọi lại khách cũ"
else
  company="Red River Trading"; sales="Sales"; support="Support"
  o1="Win the northern market"; o2="Keep the customers we have"; o3="Run a steady service"
  k1="New customers"; k2="Win rate"; k3="Quarterly revenue"; k4="New price list out"
  k5="Open the Hanoi shop"; k6="Uptime"; k7="Calls a week"; k8="Renewals"
  k9="Open support tickets"; k10="Satisfaction score"; k11="First reply time"
  m1="Find a site"; m2="Sign the lease"; m3="Fit it out"; m4="Hire the staff"; m5="Open the doors"
  unit="customers"; money="k$"; calls="calls"
  n1="Two big deals closed"; n2="Samples out of stock"; n3="Call last year's customers"
fi

"$cli" new "$doc" --company "$company" >/dev/null
run person add "$doc" --name "Ann Tran" --email ann@example.com
run person add "$doc" --name "Bob Le" --email bob@example.com
run unit add "$doc" --name "$sales" --lead "Ann Tran"
run unit add "$doc" --name "$support" --lead "Bob Le"
run cycle add "$doc" --name "Q" --start "$(day -45)" --end "$(day 45)" --active
run objective add "$doc" --cycle Q --unit "$sales" --title "$o1" --owner "Ann Tran"
run objective add "$doc" --cycle Q --unit "$sales" --title "$o2" --owner "Ann Tran"
run objective add "$doc" --cycle Q --unit "$support" --title "$o3" --owner "Bob Le"

kr () { run kr add "$doc" --owner "Ann Tran" "$@"; }
kr --objective "$o1" --title "$k1" --baseline 20 --target 120 --unit "$unit"
kr --objective "$o1" --title "$k2" --kind percent --baseline 20 --target 35
kr --objective "$o1" --title "$k3" --kind currency --baseline 0 --target 500 --unit "$money"
kr --objective "$o1" --title "$k4" --kind boolean
kr --objective "$o1" --title "$k5" --kind milestone --milestone "$m1" --milestone "$m2" \
   --milestone "$m3" --milestone "$m4" --milestone "$m5"
kr --objective "$o1" --title "$k6" --kind control --target 99.5 --above --unit "%"
kr --objective "$o2" --title "$k7" --baseline 0 --target 60 --unit "$calls"
kr --objective "$o2" --title "$k8" --baseline 10 --target 40
kr --objective "$o2" --title "$k9" --baseline 80 --target 20
kr --objective "$o2" --title "$k10" --baseline 6 --target 9
run kr add "$doc" --owner "Bob Le" --objective "$o3" --title "$k11" --baseline 48 --target 4 \
    --unit h

ci () { run checkin "$doc" --author "Ann Tran" "$@"; }
ci --kr "$k1" --value 35 --confidence 6 --date "$(day -21)"
ci --kr "$k1" --value 48 --confidence 6 --date "$(day -14)"
ci --kr "$k1" --value 61 --confidence 7 --date "$(day -7)" --went-well "$n1" \
   --blocked-by "$n2" --next "$n3"
ci --kr "$k2" --value 22 --confidence 5 --date "$(day -14)"
ci --kr "$k2" --value 24 --confidence 4 --date "$(day -7)"
ci --kr "$k3" --value 150 --confidence 7 --date "$(day -7)"
ci --kr "$k5" --milestone-done 1 --confidence 8 --date "$(day -7)"
ci --kr "$k6" --value 99.7 --confidence 8 --date "$(day -7)"
ci --kr "$k7" --value 20 --confidence 6 --date "$(day -7)"
ci --kr "$k9" --value 61 --confidence 5 --date "$(day -7)"
run checkin "$doc" --author "Bob Le" --kr "$k11" --value 30 --confidence 6 --date "$(day -1)"
