"""Pools of names, places and texts for the demo office (see :mod:`db.demo`).

Everything here is plain data: who lives in a Bayannur (巴彦淖尔) community, where, what
the office does all year and how people write it down. Nothing is random here; the
builder draws from these pools with its seeded generator.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# People

# Common Han surnames, roughly by frequency (earlier ones are drawn more often).
HAN_SURNAMES: tuple[str, ...] = (
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
    "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程",
    "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁",
    "魏", "薛", "叶", "阎", "潘", "杜", "戴", "夏", "田", "任", "姜", "范", "方", "石", "姚",
    "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "史", "侯", "邵", "孟", "武", "乔", "贺",
    "尹", "常", "牛", "樊", "闫", "苗", "岳", "云", "包", "霍", "雷", "訾", "智",
)  # fmt: skip

HUI_SURNAMES: tuple[str, ...] = ("马", "杨", "丁", "白", "海", "沙", "穆", "哈", "纳", "米")
MANCHU_SURNAMES: tuple[str, ...] = ("关", "那", "佟", "赵", "富", "金", "索", "何", "鲍", "肇")
# Han surnames Mongolian families in Hetao often use alongside a Mongolian given name.
MONGOL_SURNAMES: tuple[str, ...] = ("包", "白", "宝", "韩", "鲍", "陈", "吴", "云", "奇", "乌")

HAN_MALE_CHARS: str = "伟强军勇磊涛斌杰峰刚明辉鹏华建国志海东亮林波宇浩晨阳俊超鑫凯文博宏永成平瑞德福利春生龙飞新旭晓立振彬鸿毅铭泽轩浩然子豪"  # noqa: E501
HAN_FEMALE_CHARS: str = "芳娜敏静丽艳娟霞燕玲婷红梅兰琳萍雪慧洁颖欣怡佳悦璐晶倩月秀英凤云琴莉蕾薇瑶涵萱妍婧桂珍彩霞"
# Rare characters that must survive every path: 喆, 堃 and 昇 (CJK Unified, BMP), 玥 (BMP),
# and 𠮷 (U+20BB7, outside the BMP: four bytes in UTF-8, a surrogate pair in UTF-16).
RARE_MALE_CHARS: str = "喆堃昇𠮷"
RARE_FEMALE_CHARS: str = "玥𠮷"

# Mongolian given names (written in Chinese characters, usually without a surname).
MONGOL_MALE_NAMES: tuple[str, ...] = (
    "巴特尔", "额尔敦", "那仁", "宝音", "朝鲁", "阿拉坦仓", "苏和", "巴图", "毕力格", "格日勒图",
    "孟和", "乌力吉", "吉日嘎拉", "特木尔", "哈斯", "巴雅尔", "布仁", "额尔德木图", "图门", "达来",
    "满都拉", "孟克", "宝力道", "那顺", "朝格图", "巴音", "斯琴巴图", "阿古拉", "敖其尔", "额日和木",
)  # fmt: skip
MONGOL_FEMALE_NAMES: tuple[str, ...] = (
    "其其格", "斯琴高娃", "乌云", "苏日娜", "敖登格日乐", "萨仁", "娜仁花", "乌兰", "托娅", "高娃",
    "其木格", "塔娜", "阿拉坦其其格", "萨日娜", "乌日娜", "斯琴", "图雅", "乌云其木格", "格日乐",
    "额尔登其其格", "琪琪格", "包玉梅", "哈斯其其格", "阿茹娜", "萨础拉",
)  # fmt: skip

# People the demo always contains, so every rare character and some well-known Mongolian
# names are on screen: (name, gender code, ethnicity code).
FORCED_MEMBERS: tuple[tuple[str, str, str], ...] = (
    ("张喆", "male", "han"),
    ("李玥", "female", "han"),
    ("赵堃", "male", "han"),
    ("周昇", "male", "han"),
    ("高𠮷", "male", "han"),
    ("巴特尔", "male", "mongol"),
    ("其其格", "female", "mongol"),
    ("斯琴高娃", "female", "mongol"),
    ("额尔敦", "male", "mongol"),
    ("阿拉坦仓", "male", "mongol"),
)
FORCED_RESIDENTS: tuple[tuple[str, str, str], ...] = (
    ("刘𠮷英", "female", "han"),
    ("陈思玥", "female", "han"),
    ("乌云", "female", "mongol"),
    ("宝音", "male", "mongol"),
    ("马喆", "male", "hui"),
)
FORCED_VOLUNTEERS: tuple[tuple[str, str, str], ...] = (
    ("孙堃", "male", "han"),
    ("杨昇", "male", "han"),
    ("苏日娜", "female", "mongol"),
    ("朝鲁", "male", "mongol"),
    ("敖登格日乐", "female", "mongol"),
    ("那仁", "male", "mongol"),
)
# The admin operator is also on the staff (the conftest's operator has the same name).
ADMIN_NAME = "王玥"

# ---------------------------------------------------------------------------------------
# Places

# Region codes of Bayannur (GB/T 2260) used in ID numbers, with rough weights.
REGION_CODES: tuple[tuple[str, int], ...] = (
    ("150802", 55),  # 临河区
    ("150821", 10),  # 五原县
    ("150822", 6),  # 磴口县
    ("150823", 8),  # 乌拉特前旗
    ("150824", 5),  # 乌拉特中旗
    ("150825", 4),  # 乌拉特后旗
    ("150826", 12),  # 杭锦后旗
)

ROADS: tuple[str, ...] = (
    "胜利路", "五一街", "新华街", "光明路", "团结路", "解放街", "利民街", "朔方路", "金川大道",
    "乌兰布和路", "临狼路", "汇丰街", "健康路", "曙光街",
)  # fmt: skip
COMPOUNDS: tuple[str, ...] = (
    "胜利小区", "车站小区", "铁路小区", "五一小区", "光明小区", "新华小区", "金川小区", "河套名邸",
    "丽日家园", "嘉和苑", "金色家园", "阳光花园", "团结小区", "供电小区", "粮食局家属院", "天骄花园",
)  # fmt: skip
MOBILE_PLACES: tuple[str, ...] = (
    "鄂尔多斯市",
    "包头市",
    "呼和浩特市",
    "乌海市",
    "银川市",
    "北京市",
    "天津市",
    "西安市",
)

# ---------------------------------------------------------------------------------------
# Work and partner units

WORK_UNITS: tuple[str, ...] = (
    "巴彦淖尔市第一医院", "临河区人民医院", "临河区第三小学", "临河区第五中学", "巴彦淖尔供电公司",
    "河套酒业集团", "巴彦淖尔市税务局", "临河区市场监督管理局", "巴彦淖尔市公安局临河区分局",
    "临河区车站街道办事处", "巴彦淖尔市自然资源局", "中国邮政巴彦淖尔分公司", "中国银行巴彦淖尔分行",
    "巴彦淖尔市农牧局", "河套学院", "巴彦淖尔市妇幼保健院", "临河区住房和城乡建设局",
    "巴彦淖尔市融媒体中心", "临河火车站", "巴彦淖尔市水务集团", "恒丰粮油集团", "临河区教育局",
)  # fmt: skip
OTHER_WORK: tuple[str, ...] = ("个体经营", "灵活就业", "待业", "家政服务", "出租车司机", "超市店员", "")

# (name, PartnerKind code, has party organization)
PARTNER_UNITS: tuple[tuple[str, str, bool], ...] = (
    ("巴彦淖尔市第一医院", "hospital", True),
    ("临河区第三小学", "school", True),
    ("巴彦淖尔供电公司", "enterprise", True),
    ("河套酒业集团", "enterprise", True),
    ("巴彦淖尔市税务局", "government", True),
    ("临河区人民法院", "government", True),
    ("巴彦淖尔市公安局车站派出所", "government", True),
    ("临河区第五中学", "school", True),
    ("中国银行巴彦淖尔分行", "enterprise", True),
    ("巴彦淖尔市红十字会", "social_org", True),
    ("临河区社区卫生服务中心", "hospital", True),
    ("河套学院", "school", True),
    ("巴彦淖尔市消防救援支队", "government", True),
    ("临河区爱心志愿者协会", "social_org", False),
    ("巴彦淖尔市图书馆", "government", True),
    ("蒙草生态环境集团巴彦淖尔分公司", "enterprise", True),
    ("临河区老年大学", "school", False),
    ("恒丰粮油集团", "enterprise", True),
    ("巴彦淖尔市律师协会", "social_org", True),
    ("金川物业服务有限公司", "enterprise", False),
)
UNIT_TRADE_NAMES: tuple[str, ...] = (
    "河套", "塞上", "阴山", "乌拉特", "黄河", "北疆", "金川", "绿洲", "天赋", "临河", "朔方", "兆丰",
)  # fmt: skip
UNIT_INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("商贸有限公司", "enterprise"),
    ("物流有限公司", "enterprise"),
    ("建筑工程有限公司", "enterprise"),
    ("农牧业科技有限公司", "enterprise"),
    ("食品有限公司", "enterprise"),
    ("物业服务有限公司", "enterprise"),
    ("社会工作服务中心", "social_org"),
    ("养老服务中心", "social_org"),
)

CONTRIBUTIONS: dict[str, tuple[tuple[str, int, int], ...]] = {
    # PartnerKind code -> (what, min value 元, max value 元)
    "hospital": (
        ("组织专家到社区义诊", 3000, 12000),
        ("捐赠急救药箱和常用药品", 1500, 6000),
        ("为空巢老人免费体检", 5000, 20000),
    ),
    "school": (
        ("节假日开放操场供居民锻炼", 0, 0),
        ("派教师为留守儿童辅导功课", 2000, 6000),
        ("开放图书室供居民阅览", 0, 0),
    ),
    "enterprise": (
        ("捐赠米面油慰问困难群众", 5000, 30000),
        ("资助社区文艺汇演", 3000, 15000),
        ("提供就业岗位，吸纳失业人员就业", 0, 0),
        ("出资改造小区健身设施", 20000, 80000),
    ),
    "government": (
        ("在职党员到社区报到开展服务", 0, 0),
        ("资助老旧小区环境整治", 10000, 50000),
        ("开展政策法规宣讲", 1000, 4000),
    ),
    "social_org": (
        ("组织志愿者开展助老服务", 1000, 5000),
        ("提供心理咨询服务", 2000, 8000),
        ("捐赠冬衣棉被", 3000, 12000),
    ),
    "other": (("捐赠慰问物资", 2000, 8000),),
}

# ---------------------------------------------------------------------------------------
# Staff, party organizations, volunteers

VOLUNTEER_TEAMS: tuple[str, ...] = (
    "红色先锋志愿服务队", "银龄志愿服务队", "巾帼志愿服务队", "青年志愿服务队", "平安巡逻队",
    "乌兰牧骑文艺志愿服务队", "爱心助老志愿服务队", "环境卫生志愿服务队",
)  # fmt: skip
VOLUNTEER_SKILLS: tuple[str, ...] = (
    "理发", "家电维修", "医疗护理", "法律咨询", "心理疏导", "书法", "摄影", "蒙汉双语翻译",
    "广场舞", "马头琴", "电脑维修", "驾驶", "烹饪", "辅导功课", "安全巡逻", "手工编织",
)  # fmt: skip

# ---------------------------------------------------------------------------------------
# Facilities: (name, FacilityType code, AreaClass code, min m², max m²)

CORE_FACILITIES: tuple[tuple[str, str, str, int, int], ...] = (
    ("社区办公用房", "office", "office", 128, 168),
    ("社区党群服务中心", "service_center", "service", 180, 260),
    ("社区文体活动室", "sports_room", "service", 60, 110),
    ("社区卫生服务室", "clinic", "service", 40, 70),
    ("社区警务室", "police_room", "service", 20, 36),
    ("党员活动室", "party_room", "service", 50, 90),
)
EXTRA_FACILITIES: tuple[str, ...] = (
    "老年日间照料中心", "图书阅览室", "儿童之家", "新时代文明实践站", "人民调解室", "心理咨询室",
    "残疾人康复室", "居家养老服务站", "四点半课堂", "网格服务站",
)  # fmt: skip
OPENING_HOURS: tuple[str, ...] = (
    "周一至周五 8:30-12:00，14:30-18:00",
    "周一至周五 8:30-18:00；周六上午错时服务",
    "每天 8:00-20:00",
    "周一至周日 9:00-11:30，15:00-21:00",
    "预约开放",
)

# ---------------------------------------------------------------------------------------
# Activities: (title, ActivityKind code, ActivityTopic code or "", months it fits or ())

ACTIVITIES: tuple[tuple[str, str, str, tuple[int, ...]], ...] = (
    ("党的二十大精神宣讲会", "lecture", "policy", ()),
    ("铸牢中华民族共同体意识宣讲报告会", "lecture", "policy", ()),
    ("《民法典》进社区专题报告会", "lecture", "democracy_law", ()),
    ("防范电信网络诈骗专题讲座", "lecture", "democracy_law", ()),
    ("老年人健康知识讲座", "lecture", "health", ()),
    ("心理健康知识讲座", "lecture", "health", ()),
    ("主题党日：重温入党誓词", "party_day", "policy", (7,)),
    ("主题党日：党纪学习教育专题学习", "party_day", "policy", ()),
    ("主题党日：走访慰问老党员", "party_day", "policy", (1, 2, 7, 9, 12)),
    ("主题党日：清洁家园志愿行动", "party_day", "civility", (4, 5, 6, 8, 9, 10)),
    ("主题党日：学习习近平新时代中国特色社会主义思想", "party_day", "policy", ()),
    ("居民议事会：老旧小区改造意见征集", "symposium", "democracy_law", ()),
    ("驻区单位联席会议", "symposium", "other", (3, 6, 9, 12)),
    ("物业服务质量座谈会", "symposium", "democracy_law", ()),
    ("民族团结进步创建座谈会", "symposium", "policy", ()),
    ("退役军人座谈会", "symposium", "policy", (7, 8)),
    ("冬季防火安全宣传", "publicity", "health", (11, 12, 1, 2)),
    ("防范电信网络诈骗宣传", "publicity", "democracy_law", ()),
    ("垃圾分类宣传进小区", "publicity", "civility", ()),
    ("禁毒宣传进社区", "publicity", "democracy_law", (6,)),
    ("全民国家安全教育日宣传", "publicity", "democracy_law", (4,)),
    ("宪法宣传周活动", "publicity", "democracy_law", (12,)),
    ("防汛安全知识宣传", "publicity", "health", (6, 7, 8)),
    ("文明城市创建宣传", "publicity", "civility", ()),
    ("民族团结进步宣传月活动", "publicity", "policy", (9,)),
    ("燃气安全入户宣传", "publicity", "health", (10, 11, 12)),
    ("文明祭扫倡议宣传", "publicity", "civility", (3, 4)),
    ("育婴师就业培训班", "job_training", "job_skills", ()),
    ("家政服务技能培训", "job_training", "job_skills", ()),
    ("电子商务直播带货培训", "job_training", "job_skills", ()),
    ("面点制作技能培训", "job_training", "job_skills", ()),
    ("养老护理员培训班", "job_training", "job_skills", ()),
    ("网格员业务培训", "training", "other", ()),
    ("应急救护知识培训", "training", "health", ()),
    ("党务工作者培训班", "training", "policy", ()),
    ("老年人智能手机使用培训", "training", "other", ()),
    ("便民服务日：义诊、理发、磨刀", "convenience", "health", ()),
    ("免费测血压血糖", "convenience", "health", ()),
    ("养老待遇资格认证上门服务", "convenience", "other", ()),
    ("家电义务维修", "convenience", "other", ()),
    ("法律咨询进社区", "convenience", "democracy_law", ()),
    ("“最美家庭”评选", "evaluation", "civility", (4, 5)),
    ("文明楼院评比", "evaluation", "civility", (9, 10)),
    ("“好邻居”评选表彰", "evaluation", "civility", (11, 12)),
    ("美丽庭院评比", "evaluation", "civility", (7, 8)),
    ("“迎新春”社区联欢会", "culture_sports", "civility", (1, 2)),
    ("元宵节猜灯谜", "culture_sports", "civility", (2, 3)),
    ("端午节包粽子活动", "culture_sports", "civility", (5, 6)),
    ("中秋邻里节", "culture_sports", "civility", (9, 10)),
    ("广场舞展演", "culture_sports", "health", (5, 6, 7, 8, 9)),
    ("乌兰牧骑进社区演出", "culture_sports", "other", (6, 7, 8)),
    ("那达慕趣味运动会", "culture_sports", "health", (7, 8)),
    ("重阳节敬老文艺汇演", "culture_sports", "civility", (10,)),
    ("社区书画摄影展", "culture_sports", "other", ()),
    ("全民健身健步走", "culture_sports", "health", (4, 5, 8, 9, 10)),
    ("学雷锋志愿服务活动", "volunteer_service", "civility", (3,)),
    ("清雪除冰志愿行动", "volunteer_service", "civility", (11, 12, 1, 2, 3)),
    ("关爱留守儿童志愿服务", "volunteer_service", "other", ()),
    ("爱心助老志愿服务", "volunteer_service", "other", ()),
    ("植树护绿志愿活动", "volunteer_service", "civility", (4, 5)),
    ("文明交通劝导", "volunteer_service", "civility", ()),
    ("入户走访民情日", "other", "other", ()),
    ("小区环境卫生整治", "other", "health", ()),
)
# Outcomes by ActivityKind code ("other" for kinds not listed).
ACTIVITY_OUTCOMES: dict[str, tuple[str, ...]] = {
    "lecture": ("居民反响良好", "现场解答居民咨询二十余人次", "参会人员撰写学习心得", ""),
    "party_day": ("党员重温入党誓词", "党员交流学习体会", "为困难党员送去慰问金", ""),
    "symposium": ("收集居民意见建议十余条", "形成会议纪要并落实分工", "议定事项已公示", ""),
    "publicity": ("发放宣传资料三百余份", "悬挂横幅、张贴海报", "现场解答居民咨询", ""),
    "training": ("参训人员全部通过考核", "学员反响良好", ""),
    "convenience": ("服务居民百余人次", "居民反响良好", "现场办结事项二十余件", ""),
    "culture_sports": ("丰富了居民文化生活", "居民踊跃参与", "增进了邻里感情", ""),
    "volunteer_service": ("服务居民数十人次", "志愿者服务时长已记入志愿服务平台", "居民反响良好", ""),
    "other": ("居民反响良好", "收集问题线索并逐一落实", ""),
}
OUTDOOR_PLACES: tuple[str, ...] = ("胜利小区广场", "车站小区中心花园", "光明路口", "五一街文化广场", "金川小区门口")

# ---------------------------------------------------------------------------------------
# Pairings and visits (by HelpKind code)

VISIT_CONTENTS: dict[str, tuple[str, ...]] = {
    "daily_life": (
        "上门打扫卫生，帮助购买米面油",
        "送去冬季取暖煤和棉衣",
        "陪老人聊天，检查家中水电燃气安全",
        "帮助代缴水电费、购买生活用品",
        "节日前送去慰问品",
    ),
    "medical": (
        "陪同到市第一医院复查",
        "代为购药并讲解用药注意事项",
        "协助办理门诊慢特病报销手续",
        "联系家庭医生上门测血压",
    ),
    "employment": (
        "推荐到河套酒业应聘包装工",
        "讲解创业担保贷款政策",
        "推送公益性岗位招聘信息",
        "协助报名育婴师培训班",
    ),
    "education": (
        "辅导孩子完成寒假作业",
        "送去学习用品和课外书",
        "与学校老师沟通孩子学习情况",
        "协助申请助学金",
    ),
    "legal": ("解答赡养纠纷法律问题", "协助申请法律援助", "调解邻里漏水纠纷"),
    "psychological": ("谈心谈话，疏导情绪", "邀请参加社区心理健康讲座", "电话问候，了解心理状况"),
    "other": ("协助办理低保年审材料", "帮助申请临时救助", "电话回访了解近况"),
}
VISIT_RESULTS: tuple[str, ...] = (
    "老人表示满意",
    "问题已解决",
    "已办结",
    "需持续跟进",
    "情况稳定",
    "已转交街道民政办",
    "家属表示感谢",
    "",
)

# ---------------------------------------------------------------------------------------
# Awards: (title, AwardKind code, who receives it: "office", "person" or "compound")

AWARDS: tuple[tuple[str, str, str], ...] = (
    ("文明社区", "civic_community", "office"),
    ("文明市民", "civic_citizen", "person"),
    ("安全示范小区", "safe_community", "compound"),
    ("民族团结进步示范社区", "other", "office"),
    ("五星级基层党组织", "other", "office"),
    ("最美家庭", "other", "person"),
    ("优秀共产党员", "other", "person"),
    ("优秀志愿者", "other", "person"),
)
