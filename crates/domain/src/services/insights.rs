//! A customer's insights (the original `/api/customers/{id}/insights`): class and what it
//! means, needs and hobbies against their manager, product advice drawn from the needs,
//! the segment persona, and the assignment with why — in Chinese or English.

use std::sync::Arc;

use serde::Serialize;

use crate::analytics::AnalyticsRepository;
use crate::error::DomainResult;
use crate::segmentation::Persona;
use crate::services::matching::{AssignmentExplanation, MatchingService};
use crate::user::{Actor, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Chinese,
    English,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recommendation {
    pub need: String,
    pub advice: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Insights {
    pub customer_id: UserId,
    pub customer_name: String,
    pub class: Option<String>,
    pub class_description: String,
    pub needs: Vec<String>,
    pub hobbies: Vec<String>,
    /// Needs their manager covers, and those nobody on their side covers yet.
    pub needs_covered: Vec<String>,
    pub needs_uncovered: Vec<String>,
    pub shared_hobbies: Vec<String>,
    pub recommendations: Vec<Recommendation>,
    pub segment: Option<i32>,
    pub persona: Option<Persona>,
    pub assignment: AssignmentExplanation,
    pub summary: String,
}

pub struct InsightsService {
    pub matching: Arc<MatchingService>,
    pub figures: Arc<dyn AnalyticsRepository>,
}

fn class_description(class: Option<&str>, lang: Language) -> String {
    let (zh, en) = match class {
        Some("A") => (
            "A 类：高价值客户，与客户经理高度匹配，建议重点维护。",
            "Class A: high value, very closely matched with their manager; keep close.",
        ),
        Some("B") => ("B 类：优质客户，匹配良好，可进一步深耕。", "Class B: a good match with room to deepen the relationship."),
        Some("C") => ("C 类：潜力客户，匹配一般，建议加强沟通。", "Class C: potential; an average match that more contact would improve."),
        Some("D") => ("D 类：普通客户，匹配较弱，建议关注其核心需求。", "Class D: a weak match; focus on their core needs."),
        Some("E") => ("E 类：待培育客户，匹配度低，建议重新评估服务方案。", "Class E: a low match; review how they are served."),
        _ => ("尚未分类：完成一次分配后生成。", "Not classified yet: classes come with the first assignment."),
    };
    if lang == Language::Chinese { zh.to_owned() } else { en.to_owned() }
}

/// The original system's product advice for each need.
fn advice(need: &str, lang: Language) -> Option<String> {
    let (zh, en) = match need {
        "savings" => ("推荐定期存款、大额存单等稳健储蓄产品。", "Term deposits and large certificates of deposit for steady saving."),
        "investment" => ("推荐基金定投与多元化理财组合。", "Regular fund investment and a diversified portfolio."),
        "insurance" => ("推荐健康险、寿险等保障规划。", "Health and life insurance planning."),
        "loan" => ("推荐个人信用贷款与经营性贷款方案。", "Personal credit and business loans."),
        "mortgage" => ("推荐住房按揭贷款与还款规划。", "Home mortgages and a repayment plan."),
        "retirement" => ("推荐养老理财与年金计划。", "Retirement savings and annuities."),
        "tax" => ("推荐税务筹划咨询服务。", "Tax planning advice."),
        "education" => ("推荐教育储蓄与教育金保险。", "Education savings and education insurance."),
        "wealthManagement" => ("推荐私人银行与财富管理服务。", "Private banking and wealth management."),
        _ => return None,
    };
    Some(if lang == Language::Chinese { zh.to_owned() } else { en.to_owned() })
}

impl InsightsService {
    /// # Errors
    /// `forbidden` unless the customer, their manager or an admin; `not_found`.
    pub async fn insights(&self, actor: Actor, customer_id: UserId, lang: Language) -> DomainResult<Insights> {
        let assignment = self.matching.explain(actor, customer_id).await?;
        let profile = self.matching.customers.get(customer_id).await?.ok_or_else(|| crate::DomainError::NotFound("customer".into()))?;
        let needs = profile.needs.to_vec();
        let needs_uncovered: Vec<String> = needs.iter().filter(|n| !assignment.matched_needs.contains(n)).cloned().collect();
        let recommendations = needs.iter().filter_map(|n| advice(n, lang).map(|a| Recommendation { need: n.clone(), advice: a })).collect();
        let persona = match profile.segment {
            Some(segment) => self.figures.persona(segment).await?,
            None => None,
        };
        let class = profile.class.map(|c| c.as_str().to_owned());
        let summary = match (&assignment.manager_name, lang) {
            (Some(name), Language::Chinese) => format!(
                "由{name}服务：匹配{}项需求、{}项爱好，匹配度 {}。",
                assignment.matched_needs.len(),
                assignment.matched_hobbies.len(),
                assignment.score.unwrap_or(0)
            ),
            (Some(name), Language::English) => format!(
                "Served by {name}: {} needs and {} hobbies in common, score {}.",
                assignment.matched_needs.len(),
                assignment.matched_hobbies.len(),
                assignment.score.unwrap_or(0)
            ),
            (None, Language::Chinese) => "尚未分配客户经理。".to_owned(),
            (None, Language::English) => "No relationship manager assigned yet.".to_owned(),
        };
        Ok(Insights {
            customer_id,
            customer_name: profile.name.clone(),
            class_description: class_description(class.as_deref(), lang),
            class,
            needs_covered: assignment.matched_needs.clone(),
            needs_uncovered,
            shared_hobbies: assignment.matched_hobbies.clone(),
            hobbies: profile.hobbies.to_vec(),
            needs,
            recommendations,
            segment: profile.segment,
            persona,
            assignment,
            summary,
        })
    }
}
