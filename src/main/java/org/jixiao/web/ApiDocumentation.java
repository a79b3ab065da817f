package org.jixiao.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The head of the OpenAPI document: what the API is and how a script authenticates. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI jixiaoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("绩效目标考评系统 JSON 接口").version("v1")
                        .description("考评办设置（考评年度、模板、考评组、单位、科室、人员、账号、批量导入）、考评表的导入与流转、"
                                + "审计日志。每个请求用个人 API 令牌（Authorization: Bearer，在“我的账号”页面创建，只读或读写）"
                                + "或 HTTP Basic 认证；已启用动态口令的账号只能用令牌。"
                                + "被拒绝的请求返回 4xx 和 {\"code\", \"message\", \"details\"}。"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
