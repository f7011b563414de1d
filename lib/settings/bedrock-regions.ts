/**
 * AWS Regions where Amazon Bedrock is offered, i.e. where the `bedrock-runtime` endpoint exists. Source: the Amazon
 * Bedrock User Guide, "Regional availability by endpoints" (docs.aws.amazon.com/bedrock/latest/userguide/
 * endpoints-region-availability.html), as of 2026. Add a Region here when AWS opens Bedrock in it.
 */
export const BEDROCK_REGIONS = [
  { id: "us-east-1", name: "US East (N. Virginia)" },
  { id: "us-east-2", name: "US East (Ohio)" },
  { id: "us-west-1", name: "US West (N. California)" },
  { id: "us-west-2", name: "US West (Oregon)" },
  { id: "us-gov-east-1", name: "AWS GovCloud (US-East)" },
  { id: "us-gov-west-1", name: "AWS GovCloud (US-West)" },
  { id: "ca-central-1", name: "Canada (Central)" },
  { id: "ca-west-1", name: "Canada West (Calgary)" },
  { id: "sa-east-1", name: "South America (São Paulo)" },
  { id: "eu-central-1", name: "Europe (Frankfurt)" },
  { id: "eu-central-2", name: "Europe (Zurich)" },
  { id: "eu-north-1", name: "Europe (Stockholm)" },
  { id: "eu-south-1", name: "Europe (Milan)" },
  { id: "eu-south-2", name: "Europe (Spain)" },
  { id: "eu-west-1", name: "Europe (Ireland)" },
  { id: "eu-west-2", name: "Europe (London)" },
  { id: "eu-west-3", name: "Europe (Paris)" },
  { id: "ap-east-2", name: "Asia Pacific (Taipei)" },
  { id: "ap-northeast-1", name: "Asia Pacific (Tokyo)" },
  { id: "ap-northeast-2", name: "Asia Pacific (Seoul)" },
  { id: "ap-northeast-3", name: "Asia Pacific (Osaka)" },
  { id: "ap-south-1", name: "Asia Pacific (Mumbai)" },
  { id: "ap-south-2", name: "Asia Pacific (Hyderabad)" },
  { id: "ap-southeast-1", name: "Asia Pacific (Singapore)" },
  { id: "ap-southeast-2", name: "Asia Pacific (Sydney)" },
  { id: "ap-southeast-3", name: "Asia Pacific (Jakarta)" },
  { id: "ap-southeast-4", name: "Asia Pacific (Melbourne)" },
  { id: "ap-southeast-5", name: "Asia Pacific (Malaysia)" },
  { id: "ap-southeast-6", name: "Asia Pacific (New Zealand)" },
  { id: "ap-southeast-7", name: "Asia Pacific (Thailand)" },
  { id: "me-central-1", name: "Middle East (UAE)" },
  { id: "me-south-1", name: "Middle East (Bahrain)" },
  { id: "il-central-1", name: "Israel (Tel Aviv)" },
] as const;

export type BedrockRegion = (typeof BEDROCK_REGIONS)[number]["id"];

export const BEDROCK_REGION_IDS = BEDROCK_REGIONS.map((r) => r.id) as [BedrockRegion, ...BedrockRegion[]];

/** An IAM role ARN in the standard, GovCloud or China partition: arn:aws:iam::<12-digit account>:role/<path/name>. */
export const IAM_ROLE_ARN = /^arn:aws(-us-gov|-cn)?:iam::\d{12}:role\/[\w+=,.@\/-]{1,512}$/;
